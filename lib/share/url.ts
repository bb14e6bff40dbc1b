// Share URLs: `${origin}/open#<fragment>`. The fragment is never sent to a server (RFC 3986 §3.5).
import type { Plan } from "@/lib/plan/schema";
import {
  decodeShareFragment,
  encodeShareFragment,
  MAX_PAYLOAD_CHARS,
  RELIABLE_LINK_LENGTH,
  SHARE_PREFIX,
  type DecodeOptions,
  type DecodeShareResult,
} from "./codec";

export const SHARE_PATH = "/open";

export type ShareLinkResult =
  | { ok: true; url: string; length: number; reliable: boolean }
  | { ok: false; code: "too-long"; length: number; limit: number };

const base = (origin: string) => `${origin.replace(/\/+$/, "")}${SHARE_PATH}#`;

/** The link, even one too long to open: tests and hand-made links; people get createShareLink's. */
export function buildShareUrl(origin: string, plan: Plan): string {
  return `${base(origin)}${encodeShareFragment(plan)}`;
}

/**
 * The plan's share link, or "too-long" when the link would be refused on opening (its payload is over
 * MAX_PAYLOAD_CHARS): the plan file is the way to send such a plan. `reliable` is false past
 * RELIABLE_LINK_LENGTH, where mail and chat tools often cut links.
 */
export function createShareLink(origin: string, plan: Plan): ShareLinkResult {
  const url = buildShareUrl(origin, plan);
  const limit = base(origin).length + SHARE_PREFIX.length + MAX_PAYLOAD_CHARS;
  if (url.length > limit) return { ok: false, code: "too-long", length: url.length, limit };
  return { ok: true, url, length: url.length, reliable: url.length <= RELIABLE_LINK_LENGTH };
}

/** The fragment of a pasted link; accepts the whole URL, `#p1.…` or the bare fragment. */
export function extractShareFragment(text: string): string {
  const trimmed = text.trim().replace(/^<|>$/g, "");
  const hash = trimmed.indexOf("#");
  if (hash >= 0) return trimmed.slice(hash + 1);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || trimmed.startsWith("/") ? "" : trimmed;
}

export function parseShareUrl(url: string, options: DecodeOptions = {}): DecodeShareResult {
  return decodeShareFragment(extractShareFragment(String(url)), options);
}

/** True when text looks like a share link rather than a file path (used by the CLI). */
export function looksLikeShareLink(text: string): boolean {
  return /^https?:\/\/[^#]*#/i.test(text.trim()) || /^#?p\d+\./.test(text.trim());
}
