import fc from "fast-check";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";
import { compileMessage } from "./translate";
import { leaves, placeholders, type Tree } from "@/test/support/messages";

const icu = (source: string, locale: string, values?: Record<string, string | number>) =>
  String(new IntlMessageFormat(source, locale, undefined, { ignoreTag: true }).format(values));

describe("compileMessage gives exactly what intl-messageformat gives", () => {
  for (const locale of LOCALES) {
    it(`for every engine text in ${locale}, with string and number values`, () => {
      const all = [...leaves(MESSAGES[locale] as unknown as Tree)];
      expect(all.length).toBeGreaterThan(300);
      for (const [key, source] of all) {
        const names = placeholders(source, locale);
        for (const values of [
          Object.fromEntries(names.map((n) => [n, `«${n}» it's {x} <b>`])),
          Object.fromEntries(names.map((n, i) => [n, 1234.5 + i])),
          Object.fromEntries(names.map((n) => [n, 1])),
        ]) {
          let expected: string;
          try {
            expected = icu(source, locale, values);
          } catch {
            continue; // a select or plural that these values do not fit: not a case the engine produces
          }
          expect(compileMessage(source, locale)(values), `${locale} ${key}`).toBe(expected);
        }
      }
    });
  }

  it("for made-up texts with apostrophes, braces, hashes and tags", () => {
    const piece = fc.constantFrom(
      "a",
      " ",
      "'",
      "''",
      "'{x}'",
      "{x}",
      "{y}",
      "#",
      "<b>",
      "</b>",
      "it's",
      "{x}'s",
      "|",
      "ü",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.string({ maxLength: 6 }), fc.integer(), (parts, x, y) => {
        const source = parts.join("");
        let expected: string;
        try {
          expected = icu(source, "en", { x, y });
        } catch {
          return; // not valid ICU: the catalogs' own test would reject it
        }
        expect(compileMessage(source, "en")({ x, y })).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("throws intl-messageformat's error when a value is missing", () => {
    expect(() => compileMessage("Site {name} has {count} servers", "en")({ name: "A" })).toThrow(/count/);
  });
});
