import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPastedList, parsePastedList } from "./paste-list";

// Entries as they appear in the lists admins paste (CIDRs, host names, .domains, wildcards, IPv4).
const entry = fc.stringMatching(/^[A-Za-z0-9.*/:_-][A-Za-z0-9.*/:_\-"]{0,30}$/);
const separator = fc.constantFrom(",", ";", " ", "\t", "\n", "\r\n", ", ", " ; ", ",\n", "\n\n");
const separators = fc.array(separator, { minLength: 1, maxLength: 3 }).map((s) => s.join(""));
const padding = fc.array(separator, { maxLength: 2 }).map((s) => s.join(""));
const quoteCsv = (e: string) => `"${e.replace(/"/g, '""')}"`;

describe("parsePastedList", () => {
  it("any list joined by any mix of separators, with or without quotes, parses back to the same list", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(entry, fc.boolean(), separators), { maxLength: 12 }),
        padding,
        padding,
        (items, before, after) => {
          const text =
            before +
            items
              .map(([e, quoted, sep], i) => (quoted ? quoteCsv(e) : e) + (i < items.length - 1 ? sep : ""))
              .join("") +
            after;
          expect(parsePastedList(text)).toEqual(items.map(([e]) => e));
        },
      ),
    );
  });

  it("a quoted CSV field is one entry even when it holds separators", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ""),
          { maxLength: 6 },
        ),
        (items) => {
          expect(parsePastedList(items.map(quoteCsv).join(",\n"))).toEqual(items);
        },
      ),
    );
  });

  it("reads the formats admins paste", () => {
    expect(parsePastedList("10.0.0.0/8, 172.16.0.0/12; 192.168.0.0/16")).toEqual([
      "10.0.0.0/8",
      "172.16.0.0/12",
      "192.168.0.0/16",
    ]);
    expect(parsePastedList('"10.0.0.0/8"\r\n"172.16.0.0/12"\r\n')).toEqual(["10.0.0.0/8", "172.16.0.0/12"]);
    expect(parsePastedList("Network\n10.0.0.0/8\n\n10.1.0.0/16\n")).toEqual(["Network", "10.0.0.0/8", "10.1.0.0/16"]);
    expect(parsePastedList("“corp.contoso.com” ‘lab.contoso.com’")).toEqual(["corp.contoso.com", "lab.contoso.com"]);
    expect(parsePastedList("  \n ,;  ")).toEqual([]);
  });

  it("keeps every non-separator character the user typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const kept = parsePastedList(text).join("");
        const typed = text.replace(/[\s,;"'“”‘’]/g, "");
        expect(kept.replace(/[\s,;"'“”‘’]/g, "")).toBe(typed);
      }),
    );
  });

  it("tells a list from a single entry", () => {
    expect(isPastedList("10.0.0.0/8")).toBe(false);
    expect(isPastedList(" 10.0.0.0/8 \n")).toBe(false);
    expect(isPastedList("10.0.0.0/8\n10.1.0.0/16")).toBe(true);
  });
});
