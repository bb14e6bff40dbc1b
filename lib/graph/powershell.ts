// The one quoting helper for every value that reaches a generated PowerShell script (New-TunnelPlan.ps1).
// Plan text is already restricted by the schema grammars; quoting is defence in depth.

/**
 * The characters PowerShell's tokenizer treats as a single quote (CharExtensions.IsSingleQuote in PowerShell's
 * CharTraits.cs): ' and the typographic ‘ ’ ‚ ‛. Inside a single-quoted string any of them ends the string unless
 * the next character is one of them too; the pair then stands for the second one (Tokenizer.ScanStringLiteral).
 */
export const PS_SINGLE_QUOTES: readonly string[] = ["'", "\u2018", "\u2019", "\u201a", "\u201b"];
const SINGLE_QUOTE = /['\u2018-\u201b]/g;

/**
 * A verbatim (single-quoted) PowerShell string: every one of the five quote characters doubled, nothing else
 * changed. No `$`, backtick or `$(` is ever interpreted inside single quotes.
 */
export function psLiteral(text: string): string {
  return `'${text.replace(SINGLE_QUOTE, (q) => q + q)}'`;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]$/;

/**
 * A PowerShell expression whose value is `text`, written in printable ASCII only: runs of printable ASCII as
 * single-quoted literals, every other UTF-16 code unit as [char]0xHHHH, joined with +.
 * Why ASCII: Windows PowerShell 5.1 reads a .ps1 without a byte order mark in the ANSI code page, where the
 * UTF-8 bytes of e.g. "ő" (C5 91) read as "Å‘", and ‘ is a quote character: a raw non-ASCII name could end its
 * string early. In ASCII the script means the same in every encoding.
 */
export function psString(text: string): string {
  const parts: string[] = [];
  let run = "";
  for (const unit of splitUnits(text)) {
    if (PRINTABLE_ASCII.test(unit)) {
      run += unit;
      continue;
    }
    if (run !== "" || parts.length === 0) parts.push(psLiteral(run));
    run = "";
    parts.push(`[char]0x${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  }
  if (parts.length === 0) return psLiteral(run);
  if (run !== "") parts.push(psLiteral(run));
  // The first term is always a string literal, so + concatenates instead of adding char codes.
  return `(${parts.join(" + ")})`;
}

/** UTF-16 code units one by one (a surrogate pair becomes two [char] terms, as .NET strings hold it). */
function splitUnits(text: string): string[] {
  const units: string[] = [];
  for (let i = 0; i < text.length; i++) units.push(text[i] ?? "");
  return units;
}

/** A string array: @('a', 'b') on one line when short, else one element per line, indented. */
export function psArray(values: readonly string[], indent: string): string {
  const items = values.map(psString);
  const inline = `@(${items.join(", ")})`;
  if (inline.length <= 72) return inline;
  return ["@(", ...items.map((i) => `${indent}    ${i}`), `${indent})`].join("\n");
}

export function psBool(value: boolean): string {
  return value ? "$true" : "$false";
}

/** An Int32 literal; anything else is a programming error, never plan text (the body schema checked it). */
export function psInt(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
}
