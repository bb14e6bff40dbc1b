/**
 * Share-link codec: a plan in the URL fragment (`/open#p1.<payload>`), so it never reaches a server or its logs.
 *
 * Format `p1.` (first release):
 *   fragment = "p1." + base64url(no padding) of [ CRC-32 of the JSON, 4 bytes big-endian ][ raw deflate of the JSON ]
 *   deflate  = fflate deflateSync, level 9, with the preset dictionary DICTIONARY_V1 (field names and common
 *              values), which more than halves a typical link; the CRC turns any altered character into an error.
 *   JSON     = the plan's difference from BASELINE_V1 (the schema-1 defaults, frozen in ./baseline-v1.ts):
 *              objects key by key, `sites` item by item (each item as its difference from the baseline's
 *              first site, `{}` when equal), every other array whole. A default plan is `{}`.
 *   Decoding lays the JSON over the baseline and runs the same migrate → validate path as plan files and
 *   the autosave (parsePlan). Values the validator rejects are reset to their default and listed in the
 *   load report as repaired; unknown fields are listed as ignored. Nothing here throws.
 *
 * Compatibility rules (links live in chats, tickets and wikis for years):
 *   1. Field names and enum ids are never renamed or removed without a schema migration (plan-format.md).
 *   2. Fields are only added, with defaults; an old link simply lacks them.
 *   3. A prefix and its baseline are frozen forever: never edit BASELINE_V1, DICTIONARY_V1 or the `p1.` layout. If the defaults
 *      or the layout must change, add `p2.` with its own frozen baseline, encode with the newest, and keep
 *      decoding every older prefix. lib/share/__fixtures__/links-v1.json holds links that must keep decoding.
 *   4. A prefix newer than this build is reported as "newer-version", never guessed at.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from "fflate";
import { withoutFingerprint } from "@/lib/cert/schema";
import { CURRENT_SCHEMA_VERSION, type Plan } from "@/lib/plan/schema";
import { BASELINE_V1, DICTIONARY_V1 } from "./baseline-v1";
import { crc32, decodeBase64Url, encodeBase64Url } from "./bytes";
import { diffJson, isJsonObject, mergeJson, type Json } from "./diff";
import { ADDED_SINCE_V1 } from "./added-fields";
import { parseWithRepair, type ShareLoadReport } from "./repair";

export const SHARE_PREFIX = "p1.";
/** Past this many characters a link may be cut by mail clients, chat tools or browsers. */
export const RELIABLE_LINK_LENGTH = 2000;
/** Longer payloads are refused before inflating, so links are never built longer (createShareLink). */
export const MAX_PAYLOAD_CHARS = 32_000;
const MAX_JSON_BYTES = 1_000_000;

const FORMATS: Record<number, { baseline: Json; dictionary: Uint8Array }> = {
  1: { baseline: BASELINE_V1, dictionary: strToU8(DICTIONARY_V1) },
};
const LATEST_PREFIX_VERSION = 1;

export type ShareErrorCode = "truncated" | "not-tunnel-planner" | "newer-version" | "corrupt";
export type ShareError = { code: ShareErrorCode; message: string };
export type DecodeShareResult = { ok: true; plan: Plan; report: ShareLoadReport } | { ok: false; error: ShareError };
export type DecodeOptions = { today?: string };

/** What a p1 link that lacks a field stands for: the frozen baseline plus the defaults of fields added since. */
const ENCODE_BASE_V1 = mergeJson(BASELINE_V1, ADDED_SINCE_V1) as Json;

export function encodeShareFragment(plan: Plan): string {
  return encodePayload(diffJson(ENCODE_BASE_V1, withoutFingerprint(plan) as unknown as Json) ?? {});
}

function encodePayload(diff: unknown): string {
  const json = strToU8(JSON.stringify(diff));
  const deflated = deflateSync(json, { level: 9, mem: 8, dictionary: FORMATS[1]!.dictionary });
  const bytes = new Uint8Array(4 + deflated.length);
  new DataView(bytes.buffer).setUint32(0, crc32(json));
  bytes.set(deflated, 4);
  return SHARE_PREFIX + encodeBase64Url(bytes);
}

/** Any JSON as a `p1.` payload: lets tests build hand-made and hostile links. */
export const encodePayloadForTests = encodePayload;

/** Input bytes per inflate step: one step yields at most ~1032× its input (deflate's limit), ~1 MB here. */
const INFLATE_STEP = 1024;

/**
 * Raw inflate that stops as soon as the output passes `max` bytes, so a deflate bomb costs at most
 * `max` plus one step of memory and time instead of being unpacked in full before it is refused.
 */
export function inflateCapped(data: Uint8Array, dictionary: Uint8Array, max: number): Uint8Array | "too-large" {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate({ dictionary }, (chunk) => {
    total += chunk.length;
    if (total <= max) chunks.push(chunk);
  });
  for (let at = 0; at < data.length; at += INFLATE_STEP) {
    inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
    if (total > max) return "too-large";
  }
  if (data.length === 0) inflater.push(data, true);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const fail = (code: ShareErrorCode, message: string): DecodeShareResult => ({ ok: false, error: { code, message } });

export function decodeShareFragment(text: string, options: DecodeOptions = {}): DecodeShareResult {
  try {
    return decode(String(text), options);
  } catch (error) {
    return fail("corrupt", `The link could not be read (${error instanceof Error ? error.message : "unknown error"}).`);
  }
}

function decode(text: string, options: DecodeOptions): DecodeShareResult {
  const fragment = text.replace(/\s+/g, "").replace(/^#/, "");
  if (fragment === "") return fail("truncated", "The link contains no plan: everything after “#” is missing.");
  const match = /^p(\d{1,6})(\.?)(.*)$/s.exec(fragment);
  if (!match) return fail("not-tunnel-planner", "This is not a Tunnel Planner share link.");
  const version = Number(match[1]);
  if (version > LATEST_PREFIX_VERSION) {
    return fail("newer-version", `The link was made by a newer version of Tunnel Planner (format p${version}).`);
  }
  const format = FORMATS[version];
  if (format === undefined) return fail("not-tunnel-planner", "This is not a Tunnel Planner share link.");
  const payload = match[3] ?? "";
  if (match[2] === "" || payload === "") return fail("truncated", "The link ends before the plan data starts.");
  if (payload.length > MAX_PAYLOAD_CHARS) return fail("corrupt", "The link is far longer than any plan link.");

  const bytes = decodeBase64Url(payload);
  if (bytes === "invalid") return fail("corrupt", "The link contains characters a plan link never has.");
  if (bytes === "truncated" || bytes.length < 6) return fail("truncated", "The link was cut off before its end.");
  const expectedCrc = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  let raw: Uint8Array | "too-large";
  try {
    raw = inflateCapped(bytes.subarray(4), format.dictionary, MAX_JSON_BYTES);
  } catch (error) {
    const eof = (error as { code?: number }).code === 0;
    return eof
      ? fail("truncated", "The link was cut off before its end.")
      : fail("corrupt", "The link was changed after it was made: its data cannot be unpacked.");
  }
  if (raw === "too-large") return fail("corrupt", "The link unpacks to far more data than any plan.");
  if (crc32(raw) !== expectedCrc)
    return fail("corrupt", "The link was changed after it was made: its checksum does not match.");

  let diff: unknown;
  try {
    diff = JSON.parse(strFromU8(raw));
  } catch {
    return fail("corrupt", "The link's data is not a plan.");
  }
  if (!isJsonObject(diff)) return fail("corrupt", "The link's data is not a plan.");
  const merged = mergeJson(format.baseline, diff) as Record<string, unknown>;
  const schemaVersion = merged.schemaVersion;
  if (typeof schemaVersion === "number" && schemaVersion > (CURRENT_SCHEMA_VERSION as number)) {
    return fail("newer-version", `The plan uses schema version ${schemaVersion}, newer than this app understands.`);
  }
  const parsed = parseWithRepair(merged, format.baseline, options);
  if (!parsed.ok) {
    const detail = parsed.issues.map((i) => `${i.path || "(plan)"}: ${i.message}`).join("; ");
    return fail("corrupt", `The link's plan cannot be repaired: ${detail}`);
  }
  return { ok: true, plan: parsed.plan, report: parsed.report };
}
