// Security headers and the Content-Security-Policy, shared by next.config.ts (headers for `next start`),
// the build adapter (per-page script hashes) and the README's hosting recipes. Plain ESM so Next can load
// it from the adapter without a TypeScript step.
//
// Next.js inlines small scripts in every prerendered page (the RSC payload `self.__next_f.push(...)` and the
// Turbopack bootstrap). They are fixed at build time, so instead of 'unsafe-inline' or a per-request nonce
// (which would force dynamic rendering and cannot work in the static export) each page's policy lists the
// SHA-256 of exactly the inline scripts and styles it carries.
import { createHash } from "node:crypto";

/** Where the server build keeps each route's policy (in distDir), written by adapter.mjs, read by proxy.ts. */
export const CSP_MANIFEST = "csp-manifest.json";

/** Headers every response gets from `next start`; the README shows the same set for static hosting. */
export const STATIC_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  // No sensors, camera, payment etc.: the planner needs none of them.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/**
 * The directives besides script-src/style-src. 'wasm-unsafe-eval' lets the PDF layout engine (yoga, WebAssembly)
 * compile; it allows no JavaScript eval. connect-src blob: and data: cover the in-browser PDF (its fonts are handed
 * to the renderer as blob: URLs, and yoga fetches its WebAssembly from a data: URL): neither leaves the browser.
 * Everything else is this origin only, as the app never contacts another one.
 */
const BASE_DIRECTIVES = [
  ["default-src", "'self'"],
  ["img-src", "'self' data: blob:"],
  ["font-src", "'self'"],
  ["connect-src", "'self' blob: data:"],
  ["worker-src", "'self' blob:"],
  ["manifest-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'self'"],
];
/** Only valid in a header: a <meta> policy ignores these and the browser logs an error for each. */
const HEADER_ONLY_DIRECTIVES = [["frame-ancestors", "'none'"]];

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const ENTITIES = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };
/** An HTML attribute value as the browser sees it (the hash of a style attribute is taken after decoding). */
function decodeAttribute(value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#")
      return String.fromCodePoint(
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The inline scripts, inline <style> elements and style="" attributes of one HTML page. */
export function inlineSources(html) {
  const scripts = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(m[1] ?? "")) continue;
    if (/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(m[1] ?? "")) continue;
    scripts.push(m[2] ?? "");
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? "");
  const styleAttributes = [...html.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) =>
    decodeAttribute(m[1] ?? m[2] ?? ""),
  );
  return { scripts, styles, styleAttributes };
}

const unique = (items) => [...new Set(items)];

/**
 * The policy for one page: scripts and styles from this origin plus the hashes of the page's own inline ones;
 * never 'unsafe-inline'. `forMeta` leaves out what a <meta> policy cannot carry.
 */
export function buildCsp(html, { forMeta = false } = {}) {
  const { scripts, styles, styleAttributes } = inlineSources(html);
  const scriptSrc = ["'self'", "'wasm-unsafe-eval'", ...unique(scripts.map(sha256))];
  const styleSrc = ["'self'", ...unique(styles.map(sha256))];
  // Hashes of style="" attributes only count with 'unsafe-hashes' (CSP3); Next's built-in error pages use them.
  if (styleAttributes.length > 0) styleSrc.push("'unsafe-hashes'", ...unique(styleAttributes.map(sha256)));
  const directives = [
    ...BASE_DIRECTIVES,
    ["script-src", scriptSrc.join(" ")],
    ["style-src", styleSrc.join(" ")],
    ...(forMeta ? [] : HEADER_ONLY_DIRECTIVES),
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join("; ");
}

/** The policy when no page policy is known: nothing inline may run. */
export const STRICT_CSP = buildCsp("");

/** The page with its policy as the first element of <head> (after the charset), for the static export. */
export function withCspMeta(html) {
  if (/<meta\s+http-equiv=["']?Content-Security-Policy/i.test(html)) return html;
  const tag = `<meta http-equiv="Content-Security-Policy" content="${buildCsp(html, { forMeta: true }).replace(/"/g, "&quot;")}"/>`;
  const charset = /<meta\s+charSet=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (charset)
    return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error("no <head> to put the Content-Security-Policy in");
  return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
}
