/**
 * Test support (imported by *.test.ts only): a small reference reader of the PowerShell expressions psString
 * writes, following PowerShell's own tokenizer for verbatim strings (Tokenizer.ScanStringLiteral: any of the five
 * single-quote characters ends the string unless the next one is a quote character too, and the pair stands for
 * the second), plus [char]0xHHHH casts, + and parentheses. No pwsh runs on this machine (not in Debian, and the
 * npm "pwsh" package downloads it at install time), and the npm PowerShell grammars treat only ' as a quote.
 */
import { PS_SINGLE_QUOTES } from "./powershell";

const isQuote = (c: string | undefined) => c !== undefined && PS_SINGLE_QUOTES.includes(c);

/** Reads one verbatim string starting at `start`; returns its value and the index after the closing quote. */
export function readVerbatim(text: string, start: number): { value: string; end: number } {
  if (!isQuote(text[start])) throw new Error(`no quote at ${start}`);
  let value = "";
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new Error("unterminated string");
    const c = text[i]!;
    if (isQuote(c)) {
      if (!isQuote(text[i + 1])) return { value, end: i + 1 };
      value += text[i + 1];
      i += 2;
      continue;
    }
    value += c;
    i += 1;
  }
}

/** Evaluates `'lit'`, `('lit' + [char]0xHHHH + ...)`; anything else is an error (so an escape would be caught). */
export function evaluatePsString(expr: string): string {
  if (isQuote(expr[0])) {
    const { value, end } = readVerbatim(expr, 0);
    if (end !== expr.length) throw new Error(`trailing text after the string: ${expr.slice(end)}`);
    return value;
  }
  if (!expr.startsWith("(") || !expr.endsWith(")")) throw new Error(`not a string expression: ${expr}`);
  let i = 1;
  let out = "";
  let first = true;
  for (;;) {
    if (!first) {
      if (expr.startsWith(" + ", i)) i += 3;
      else if (i === expr.length - 1) return out;
      else throw new Error(`expected + at ${i}: ${expr.slice(i)}`);
    }
    if (isQuote(expr[i])) {
      const { value, end } = readVerbatim(expr, i);
      out += value;
      i = end;
    } else {
      const m = /^\[char\]0x([0-9A-F]{4})/.exec(expr.slice(i));
      if (!m || first) throw new Error(`expected a string${first ? "" : " or [char]"} at ${i}: ${expr.slice(i)}`);
      out += String.fromCharCode(parseInt(m[1]!, 16));
      i += m[0].length;
    }
    first = false;
  }
}
