// Showing untrusted text safely: one line in a terminal or an issue list, and plain text in Markdown.
// Used by the CLI's stderr lines, the UI's issue lists, the markdown report and the bundle README.

/** Longest value an error line repeats; the rest is counted, not printed (a 5 MB value stays one short line). */
export const DISPLAY_MAX = 200;

/** Characters that change how the text around them is shown without being seen: bidi controls and zero-width characters. */
const INVISIBLE = "\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff";
const INVISIBLE_RE = new RegExp(`[${INVISIBLE}]`);
// C0 and C1 controls, DEL, line/paragraph separators, the invisible set, and unpaired surrogates.
const UNSAFE_RE = new RegExp(
  `[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${INVISIBLE}]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]`,
  "g",
);
const UNSAFE_TEST_RE = new RegExp(UNSAFE_RE.source);
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

const hex = (code: number, width: number) => code.toString(16).padStart(width, "0");

/**
 * Every control, bidi, zero-width or unpaired-surrogate character as a visible escape (`\n`, `\x1b`, `\u202e`).
 * Backslashes are kept as they are, so escaping twice (a message escaped where it is made, and again where it
 * is printed) changes nothing; the output is for reading, not for parsing back.
 */
export function escapeControl(text: string): string {
  return String(text).replace(
    UNSAFE_RE,
    (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c.charCodeAt(0), 2)}` : `\\u${hex(c.charCodeAt(0), 4)}`),
  );
}

/** Untrusted text made safe for one line of a terminal or an issue list: escaped, and cut after `max` shown characters. */
export function displayText(text: string, max = DISPLAY_MAX): string {
  const s = String(text);
  if (s.length <= max && !UNSAFE_TEST_RE.test(s)) return s;
  // Escape only what is shown, one code point at a time, so a 5 MB value costs no more than a short one.
  let out = "";
  let i = 0;
  while (i < s.length) {
    const width = s.codePointAt(i)! > 0xffff ? 2 : 1;
    const piece = escapeControl(s.slice(i, i + width));
    if (out.length + piece.length > max) break;
    out += piece;
    i += width;
  }
  return i < s.length ? `${out}… (${s.length - i} more characters)` : out;
}

/** The first invisible character as `U+202E`, or null. Names reject them so a plan name cannot disguise itself. */
export function findInvisible(text: string): string | null {
  const m = INVISIBLE_RE.exec(text);
  return m ? `U+${hex(m[0].charCodeAt(0), 4).toUpperCase()}` : null;
}

/**
 * Text placed in Markdown prose or a table cell, shown literally by any renderer: HTML is entity-escaped
 * (a name like `<img onerror=…>` never becomes markup), Markdown punctuation is backslash-escaped
 * (no links, emphasis, headings or table breaks from a name), and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/\r\n?|\n|\u2028|\u2029/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`);
}
