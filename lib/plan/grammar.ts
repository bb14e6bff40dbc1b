// Strict grammars for every text that can reach a generated file or command (plan-format §1).
import { z } from "zod";
import { isIpv4, parseCidr } from "@/lib/net/cidr";
import { displayText, findInvisible } from "@/lib/text-safety";

// Zod compiles object parsers with `new Function` unless jitless; the app's Content-Security-Policy allows no
// eval, and even zod's probe for it is reported as a violation. Parsing a plan stays well under a millisecond.
z.config({ jitless: true });

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const CERT_LABEL = /^[a-z0-9*]([a-z0-9*-]{0,61}[a-z0-9*])?$/i;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** A value repeated in a message: control characters escaped and cut short, so a message stays one readable line. */
const quote = (text: string) => `"${displayText(text, 80)}"`;

/** RFC 1123 host name: dot-separated labels, at most 253 characters, last label not all digits. */
export function checkHostname(text: string): string | null {
  if (text.length === 0) return "must not be empty";
  if (text.length > 253) return "is longer than 253 characters";
  const labels = text.split(".");
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined) return `${quote(text)} is not a valid host name (label "${bad}")`;
  if (/^\d+$/.test(labels[labels.length - 1] ?? "")) return `${quote(text)} is not a valid host name or IPv4 address`;
  return null;
}

export const isHostname = (text: string) => checkHostname(text) === null;

export function checkIpv4(text: string): string | null {
  return isIpv4(text) ? null : `${quote(text)} is not an IPv4 address (four numbers 0-255, no leading zeros)`;
}

/** FQDN or IPv4, e.g. a site's public address or a proxy address. */
export function checkHostOrIpv4(text: string): string | null {
  if (isIpv4(text)) return null;
  if (/^[\d.]+$/.test(text)) return `${quote(text)} is not a valid IPv4 address`;
  return checkHostname(text);
}

/** facts#85: a site's public address resolves in public DNS, so a host name needs a domain. */
export function checkPublicAddress(text: string): string | null {
  const problem = checkHostOrIpv4(text);
  if (problem) return problem;
  return isIpv4(text) || text.includes(".") ? null : `${quote(text)} is not a fully qualified name; use e.g. ${text}.contoso.com`;
}

/** IPv4 CIDR; a bare address counts as /32. Host bits set is an error that names the intended network. */
export function checkCidr(text: string): string | null {
  const parsed = parseCidr(text);
  if (!parsed) return `${quote(text)} is not an IPv4 CIDR like 10.0.0.0/8`;
  if (parsed.hostBitsSet) return `${text} has host bits set; did you mean ${parsed.text}?`;
  return null;
}

/** The canonical form of a valid CIDR: bare addresses become /32. */
export function normaliseCidr(text: string): string {
  return parseCidr(text)?.text ?? text;
}

/** A certificate name: FQDN, IPv4, or a name with "*" (judged by the tls-wildcard-invalid rule, facts#40). */
export function checkCertName(text: string): string | null {
  if (isIpv4(text)) return null;
  if (text.length === 0 || text.length > 253) return "must be 1-253 characters";
  const bad = text.split(".").find((l) => !CERT_LABEL.test(l));
  return bad === undefined ? null : `${quote(text)} is not a valid certificate name (label "${bad}")`;
}

/** A no-proxy entry: host, ".domain", IPv4 or IPv4 CIDR. */
export function checkNoProxyEntry(text: string): string | null {
  if (text.includes("/")) return checkCidr(text);
  return checkHostOrIpv4(text.startsWith(".") ? text.slice(1) : text);
}

const URL_PATH = /^[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$/;

/** http(s)://host[:port][/path], with no characters that need quoting in a shell or JSON. */
export function checkHttpUrl(text: string): string | null {
  const m = /^(https?):\/\/([^/:?#]+)(?::(\d{1,5}))?([/?][^#]*)?$/i.exec(text);
  if (!m) return `${quote(text)} is not an http(s) URL`;
  const hostError = checkHostOrIpv4(m[2] ?? "");
  if (hostError) return hostError;
  if (m[3] !== undefined && checkPort(Number(m[3])) !== null) return `port ${m[3]} is not between 1 and 65535`;
  if (!URL_PATH.test(m[4] ?? "") || /['()]/.test(m[4] ?? "")) return `${quote(text)} contains characters a URL path may not hold`;
  return null;
}

export function checkPort(port: number): string | null {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? null : "must be a whole number from 1 to 65535";
}

/** Free text shown in files and the PDF: max 120 characters, no control characters, nothing invisible. */
export function checkName(text: string, max = 120): string | null {
  if (text.length > max) return `must be at most ${max} characters`;
  if (CONTROL.test(text)) return "must not contain control characters (tabs, line breaks)";
  // A bidi override or zero-width character makes a name read differently from what it is (e.g. "exe.txt").
  const invisible = findInvisible(text);
  if (invisible) return `must not contain invisible characters (${invisible}: a text-direction or zero-width character)`;
  return null;
}

export function checkIsoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `${quote(text)} is not a date like 2026-11-28`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? null : `${quote(text)} is not a calendar date`;
}

/** Wraps a check as a zod string schema so the message lands on the field's path. */
export function grammar(check: (text: string) => string | null) {
  return z.string().superRefine((value, ctx) => {
    const message = check(value);
    if (message) ctx.addIssue({ code: "custom", message });
  });
}

export const hostnameSchema = grammar(checkHostname);
export const ipv4Schema = grammar(checkIpv4);
export const cidrSchema = grammar(checkCidr).transform(normaliseCidr);
export const certNameSchema = grammar(checkCertName);
export const noProxyEntrySchema = grammar(checkNoProxyEntry);
export const nameSchema = grammar((t) => checkName(t));
export const isoDateSchema = grammar(checkIsoDate);
const PORT_MESSAGE = "must be a whole number from 1 to 65535";
export const portSchema = z.number().int(PORT_MESSAGE).min(1, PORT_MESSAGE).max(65535, PORT_MESSAGE);
/** An optional text field: empty means "not set yet". */
export const orEmpty = (check: (text: string) => string | null) => grammar((t) => (t === "" ? null : check(t)));
