import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PS_SINGLE_QUOTES, psArray, psLiteral, psString } from "./powershell";
import { evaluatePsString, readVerbatim } from "./ps-reader";

const QUOTES = PS_SINGLE_QUOTES.join("");
/** Strings rich in what could break out: the five quotes, $( ), backticks, double quotes, newlines, #, <# #>. */
const hostileChar = fc.constantFrom(
  ..."'\u2018\u2019\u201a\u201b\"\u201c\u201d\u201e$()`{}@#<>;|&\r\n\t\u0000\u0085\u2028 aZ9-ßőđ😀",
);
const hostile = fc.oneof(
  fc.string({ unit: hostileChar, maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** Every quote character inside the literal is immediately followed by the same one (an escaped pair). */
function quotesArePaired(literal: string): boolean {
  const inner = literal.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    if (!PS_SINGLE_QUOTES.includes(inner[i]!)) continue;
    if (inner[i + 1] !== inner[i]) return false;
    i += 1;
  }
  return true;
}

/** How Windows PowerShell 5.1 sees a UTF-8 file without BOM: each byte as Windows-1252 (undefined bytes as C1). */
function readAsWindows1252(text: string): string {
  const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
  return [...new TextEncoder().encode(text)]
    .map((b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b)))
    .join("");
}

// Thousands of generated strings: a generous limit so a busy machine does not fail them (nothing here is timed).
describe("psLiteral: a single-quoted PowerShell string", { timeout: 60_000 }, () => {
  it("reads back as the original for any string, with every quote character of the five kinds doubled", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const literal = psLiteral(text);
        const { value, end } = readVerbatim(literal, 0);
        expect(value).toBe(text);
        expect(end).toBe(literal.length);
        expect(quotesArePaired(literal)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it("doubles each of ' ‘ ’ ‚ ‛ and leaves $( backticks and double quotes alone", () => {
    expect(psLiteral("O'Brien")).toBe("'O''Brien'");
    expect(psLiteral("\u2018a\u2019b\u201ac\u201b")).toBe("'\u2018\u2018a\u2019\u2019b\u201a\u201ac\u201b\u201b'");
    expect(psLiteral('$(Remove-Item C:\\) `whoami` "x"')).toBe("'$(Remove-Item C:\\) `whoami` \"x\"'");
    expect(psLiteral("")).toBe("''");
  });
});

describe("psString: the same value in printable ASCII only", { timeout: 60_000 }, () => {
  it("evaluates to the original for any string and is printable ASCII", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const expr = psString(text);
        expect(expr).toMatch(/^[\x20-\x7e]*$/);
        expect(evaluatePsString(expr)).toBe(text);
        // Byte for byte the same when Windows PowerShell 5.1 reads the file as ANSI.
        expect(readAsWindows1252(expr)).toBe(expr);
      }),
      { numRuns: 3000 },
    );
  });
  it("keeps plain names readable and spells out the rest", () => {
    expect(psString("Contoso rollout - Frankfurt")).toBe("'Contoso rollout - Frankfurt'");
    expect(psString("Zürich")).toBe("('Z' + [char]0x00FC + 'rich')");
    expect(psString("őx")).toBe("('' + [char]0x0151 + 'x')");
    expect(psString("a\nb")).toBe("('a' + [char]0x000A + 'b')");
    expect(psString("😀")).toBe("('' + [char]0xD83D + [char]0xDE00)");
    expect(psString("it’s")).toBe("('it' + [char]0x2019 + 's')");
  });
  it("a raw UTF-8 name would break out under Windows PowerShell 5.1; the ASCII form cannot", () => {
    // "Győr": ő is C5 91 in UTF-8, and 0x91 is ‘ in Windows-1252, a PowerShell quote character.
    const raw = psLiteral("Győr' ; Start-Process calc ; '");
    const misread = readAsWindows1252(raw);
    expect(readVerbatim(misread, 0).end).toBeLessThan(misread.length);
    const safe = psString("Győr' ; Start-Process calc ; '");
    expect(evaluatePsString(readAsWindows1252(safe))).toBe("Győr' ; Start-Process calc ; '");
  });
  it("the reference reader follows PowerShell: text after a string is an error, and ’ ends a string like ' does", () => {
    expect(() => evaluatePsString("'a'; calc")).toThrow();
    expect(() => evaluatePsString("('a' + $(calc))")).toThrow();
    // A typographic quote ends a PowerShell string just like ' does.
    expect(evaluatePsString("'a\u2019")).toBe("a");
    expect(readVerbatim(`'a\u2019 + 'b'`, 0)).toEqual({ value: "a", end: 3 });
    expect(readVerbatim(`'a\u2019' + 'b'`, 0).value).toBe("a' + ");
  });
});

describe("psArray", () => {
  it("keeps short arrays on one line and puts long ones one per line", () => {
    expect(psArray([], "    ")).toBe("@()");
    expect(psArray(["10.0.0.0/8", "172.16.0.0/12"], "    ")).toBe("@('10.0.0.0/8', '172.16.0.0/12')");
    const long = psArray(
      ["10.0.0.0/16", "10.4.0.0/16", "10.8.0.0/16", "10.12.0.0/16", "10.16.0.0/16", "10.20.0.0/16"],
      "    ",
    );
    expect(long.split("\n")).toEqual([
      "@(",
      "        '10.0.0.0/16'",
      "        '10.4.0.0/16'",
      "        '10.8.0.0/16'",
      "        '10.12.0.0/16'",
      "        '10.16.0.0/16'",
      "        '10.20.0.0/16'",
      "    )",
    ]);
  });
  it("quotes every element with psString", () => {
    expect(psArray(["a'b", "\u2019"], "")).toBe("@('a''b', ('' + [char]0x2019))");
    expect(psString(QUOTES)).toBe("('''' + [char]0x2018 + [char]0x2019 + [char]0x201A + [char]0x201B)");
  });
});
