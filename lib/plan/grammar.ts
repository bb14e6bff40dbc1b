// Strict grammars for every text that can reach a generated file or command (plan-format §1).
import { z } from "zod";
import ipaddr from "ipaddr.js";
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

const describeChar = (c: string) =>
  c === " " ? "a space" : c === "\t" ? "a tab" : c === '"' ? "a quotation mark" : quote(c);

/** What is wrong with a dotted name, in words an admin reads without RFC 1123 ("label"). */
function describeNameProblem(text: string, what: string, part: RegExp, allowed: string): string | null {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]*)/i.exec(text);
  if (scheme)
    return `${quote(text)} is a web address; enter only the ${what}, e.g. ${displayText(scheme[1] || "tunnel.contoso.com", 80)}`;
  const port = /^([^:]+):(\d+)$/.exec(text);
  if (port)
    return `${quote(text)} includes a port; enter only the ${what} ${displayText(port[1] ?? "", 80)}, without ":${port[2]}"`;
  const odd = [...text].find((c) => !/[a-z0-9.-]/i.test(c) && !allowed.includes(c));
  if (odd !== undefined) {
    const shown = describeChar(odd);
    const idn = /[^\x00-\x7f]/.test(odd) ? "; write international names in their xn-- form" : "";
    return `${quote(text)} contains ${shown}; a ${what} may only contain letters a-z, digits, hyphens${allowed ? `, "${allowed}"` : ""} and dots${idn}`;
  }
  if (text.startsWith(".")) return `${quote(text)} starts with a dot; remove it`;
  if (text.endsWith(".")) return `${quote(text)} ends with a dot; remove it`;
  const parts = text.split(".");
  if (parts.includes("")) return `${quote(text)} has two dots in a row`;
  const long = parts.find((p) => p.length > 63);
  if (long !== undefined)
    return `${quote(text)}: the part ${quote(long.slice(0, 20))}… is longer than 63 characters, the most allowed between two dots`;
  const bad = parts.find((p) => !part.test(p));
  if (bad !== undefined)
    return `${quote(text)}: the part ${quote(bad)} starts or ends with a hyphen, which a ${what} may not`;
  return null;
}

/** RFC 1123 host name: dot-separated parts, at most 253 characters, last part not all digits. */
export function checkHostname(text: string): string | null {
  if (text.length === 0) return "must not be empty";
  if (text.length > 253)
    return `${quote(text.slice(0, 30))}… is longer than 253 characters, the most a host name may have`;
  const problem = describeNameProblem(text, "host name", LABEL, "");
  if (problem) return problem;
  const parts = text.split(".");
  if (/^\d+$/.test(parts[parts.length - 1] ?? ""))
    return `${quote(text)} is not a host name: the part after the last dot must not be only digits`;
  return null;
}

export const isHostname = (text: string) => checkHostname(text) === null;

export function checkIpv4(text: string): string | null {
  if (isIpv4(text)) return null;
  const slash = /^([\d.]+)\/\d+$/.exec(text);
  if (slash && isIpv4(slash[1]!)) return `${quote(text)} is a network; enter one address, e.g. ${slash[1]}`;
  return `${quote(text)} is not an IPv4 address: four numbers from 0 to 255 separated by dots, without leading zeros, e.g. 10.0.0.53`;
}

/** FQDN or IPv4, e.g. a site's public address or a proxy address. */
export function checkHostOrIpv4(text: string): string | null {
  if (isIpv4(text)) return null;
  if (/^[\d.]+$/.test(text))
    return `${quote(text)} is not a valid IPv4 address: four numbers from 0 to 255 separated by dots, e.g. 10.1.2.3`;
  return checkHostname(text);
}

/** facts#85: a site's public address resolves in public DNS, so a host name needs a domain. */
export function checkPublicAddress(text: string): string | null {
  const problem = checkHostOrIpv4(text);
  if (problem) return problem;
  return isIpv4(text) || text.includes(".")
    ? null
    : `${quote(text)} has no domain; devices look it up in public DNS, so enter the full name, e.g. ${text}.contoso.com`;
}

/** IPv4 CIDR; a bare address counts as /32. Host bits set is an error that names the intended network. */
export function checkCidr(text: string): string | null {
  const parsed = parseCidr(text);
  if (!parsed) return describeCidrProblem(text);
  if (parsed.hostBitsSet)
    return `${text} is an address inside the network ${parsed.text}, not its start; did you mean ${parsed.text}?`;
  return null;
}

const NETWORK_FORM =
  "a network is written as its first address, a slash and the prefix length, e.g. 10.0.0.0/8, or as one address like 10.1.2.3";

/** Why a text is not a network, with the form admins usually meant (subnet masks, ranges). */
function describeCidrProblem(text: string): string {
  const [addr = "", bits, ...rest] = text.split(/\s*\/\s*|\s+/);
  if (rest.length === 0 && bits !== undefined && isIpv4(addr) && ipaddr.IPv4.isValidFourPartDecimal(bits)) {
    const prefix = ipaddr.IPv4.parse(bits).prefixLengthFromSubnetMask();
    if (prefix !== null)
      return `${quote(text)} uses a subnet mask; write it as ${parseCidr(`${addr}/${prefix}`)?.text ?? `${addr}/${prefix}`}`;
  }
  if (/^[\d.]+\s*-\s*[\d.]+$/.test(text)) return `${quote(text)} is a range; ${NETWORK_FORM}`;
  if (rest.length === 0 && bits !== undefined && isIpv4(addr))
    return `${quote(text)}: the number after "/" must be from 0 to 32, without leading zeros`;
  return `${quote(text)} is not a network: ${NETWORK_FORM}`;
}

/** The canonical form of a valid CIDR: bare addresses become /32. */
export function normaliseCidr(text: string): string {
  return parseCidr(text)?.text ?? text;
}

/** A certificate name: FQDN, IPv4, or a name with "*" (judged by the tls-wildcard-invalid rule, facts#40). */
export function checkCertName(text: string): string | null {
  if (isIpv4(text)) return null;
  if (text.length === 0 || text.length > 253) return "must be 1-253 characters";
  return describeNameProblem(text, "certificate name", CERT_LABEL, "*");
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
  if (!m)
    return `${quote(text)} is not a web address starting with http:// or https://, e.g. http://pac.contoso.com/proxy.pac`;
  const hostError = checkHostOrIpv4(m[2] ?? "");
  if (hostError) return hostError;
  if (m[3] !== undefined && checkPort(Number(m[3])) !== null)
    return `${quote(text)}: port ${m[3]} is not between 1 and 65535`;
  const path = m[4] ?? "";
  const odd = [...path].find((c) => !URL_PATH.test(c) || "'()".includes(c));
  if (odd !== undefined) return `${quote(text)} contains ${describeChar(odd)}, which a web address may not hold here`;
  return null;
}

export function checkPort(port: number): string | null {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? null : "must be a whole number from 1 to 65535";
}

/** Free text shown in files and the PDF: max 120 characters, no control characters, nothing invisible. */
export function checkName(text: string, max = 120): string | null {
  if (text.length > max) return `must be at most ${max} characters`;
  if (CONTROL.test(text)) return "must not contain tabs or line breaks";
  // A bidi override or zero-width character makes a name read differently from what it is (e.g. "exe.txt").
  const invisible = findInvisible(text);
  if (invisible)
    return `must not contain invisible characters (${invisible}: a text-direction or zero-width character)`;
  return null;
}

export function checkIsoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `${quote(text)} is not a date like 2026-11-28`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? null
    : `${quote(text)} is not a calendar date`;
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
export const httpUrlSchema = grammar(checkHttpUrl);
const PORT_MESSAGE = "must be a whole number from 1 to 65535";
export const portSchema = z.number().int(PORT_MESSAGE).min(1, PORT_MESSAGE).max(65535, PORT_MESSAGE);
/** An optional text field: empty means "not set yet". */
export const orEmpty = (check: (text: string) => string | null) => grammar((t) => (t === "" ? null : check(t)));
