import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISPLAY_MAX, displayText, escapeControl, escapeMarkdown, findInvisible } from "./";

// Any UTF-16 code units, lone surrogates included (fast-check's "binary" unit is slow to generate).
const anyText = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 })
  .map((units) => String.fromCharCode(...units));

describe("displayText", () => {
  it("shows line breaks, terminal escapes and bidi controls as visible escapes", () => {
    expect(escapeControl("a\nsites.0.port: forged")).toBe("a\\nsites.0.port: forged");
    expect(escapeControl("\u001b[31mred\u001b[0m")).toBe("\\x1b[31mred\\x1b[0m");
    expect(escapeControl("\u009b2J")).toBe("\\x9b2J");
    expect(escapeControl("abc\u202eexe.txt")).toBe("abc\\u202eexe.txt");
    expect(escapeControl("zero\u200bwidth\ufeff")).toBe("zero\\u200bwidth\\ufeff");
    expect(escapeControl("C:\\temp\\n")).toBe("C:\\temp\\n");
    expect(displayText(displayText("a\u001b\nb"))).toBe(displayText("a\u001b\nb"));
    expect(escapeControl("lone \ud800 surrogate")).toBe("lone \\ud800 surrogate");
    expect(escapeControl("Zürich 東京 😀")).toBe("Zürich 東京 😀");
  });

  it("keeps a 5 MB value to one short line that says how much was left out", () => {
    const huge = "x".repeat(5_000_000);
    const shown = displayText(huge);
    expect(shown.length).toBeLessThan(DISPLAY_MAX + 40);
    expect(shown).toContain(`(${5_000_000 - DISPLAY_MAX} more characters)`);
    expect(displayText("short")).toBe("short");
  });

  it("never splits a surrogate pair or an escape when cutting", () => {
    expect(displayText(`${"a".repeat(9)}😀😀`, 10)).toBe(`${"a".repeat(9)}… (4 more characters)`);
    expect(displayText(`${"a".repeat(8)}\u001b`, 10)).toBe(`${"a".repeat(8)}… (1 more characters)`);
  });

  it("any input becomes one line without control characters", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const shown = displayText(s);
        expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        expect(shown.length).toBeLessThanOrEqual(DISPLAY_MAX + 40);
      }),
    );
  });
});

describe("findInvisible", () => {
  it("names the first bidi override or zero-width character", () => {
    expect(findInvisible("Contoso\u202egnp.exe")).toBe("U+202E");
    expect(findInvisible("a\u200db")).toBe("U+200D");
    expect(findInvisible("a\u2066b")).toBe("U+2066");
    expect(findInvisible("Zürich – Standort 1")).toBeNull();
  });
});

describe("escapeMarkdown", () => {
  it("turns raw HTML into text and neutralises Markdown syntax", () => {
    expect(escapeMarkdown('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror="alert(1)"&gt;');
    expect(escapeMarkdown("[click](javascript:alert(1))")).toBe("\\[click\\](javascript:alert(1))");
    expect(escapeMarkdown("A|B *bold* _em_ `code` ~~x~~")).toBe("A\\|B \\*bold\\* \\_em\\_ \\`code\\` \\~\\~x\\~\\~");
    expect(escapeMarkdown("R&D\nline")).toBe("R&amp;D line");
  });

  it("never lets a tag through", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(escapeMarkdown(s)).not.toMatch(/[<>\n]/);
      }),
    );
  });
});
