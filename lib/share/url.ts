// Share URLs: `${origin}/open#<fragment>`. The fragment is never sent to a server (RFC 3986 §3.5).
import type { Plan } from "@/lib/plan";
import { decodeShareFragment, encodeShareFragment, type DecodeOptions, type DecodeShareResult } from "./codec";

export const SHARE_PATH = "/open";

export function buildShareUrl(origin: string, plan: Plan): string {
  return `${origin.replace(/\/+$/, "")}${SHARE_PATH}#${encodeShareFragment(plan)}`;
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
