// Every text exists in every language, with the same placeholders, and German is really German (issue 14).
import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → text, for every leaf. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(path, v);
    else for (const [p, t] of leaves(v, path)) out.set(p, t);
  }
  return out;
}

/** The argument names of an ICU message, sorted ("{count, number}" → count; "#" inside plural is not one). */
function placeholders(text: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      // Types 1-6 are argument, number, date, time, select, plural (@formatjs/icu-messageformat-parser).
      if (node.type >= 1 && node.type <= 6 && typeof node.value === "string") names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst() as unknown[]);
  return [...names].sort();
}

/** Keys whose German text may equal the English one: product names and commands only. */
const SAME_IN_BOTH = new Set([
  "report.md.ports",
  "report.md.portHead.port",
  "report.md.fqdnHead.host",
  "report.md.severity.blocker",
  "terms.runtime",
  "editions.values.row",
  "editions.values.gcc-high",
  "editions.values.dod",
  "checklist.phases.server",
  "checklist.phases.proxy",
  "checklist.items.create-sites.site",
  "checklist.items.inbound-ports.tcp",
  "checklist.items.inbound-ports.udp",
  "endpoints.fqdn.intune",
  "endpoints.fqdn.graph",
  "editions.summary.line",
  "certificate.kinds.ocsp",
  "certificate.cnf.usage",
]);

const catalogs = Object.fromEntries(LOCALES.map((l) => [l, leaves(MESSAGES[l] as unknown as Tree)]));

describe("engine texts (lib/i18n)", () => {
  it("every key exists in every language", () => {
    const all = new Set(LOCALES.flatMap((l) => [...catalogs[l]!.keys()]));
    for (const l of LOCALES) expect([...all].filter((k) => !catalogs[l]!.has(k)), `missing in ${l}`).toEqual([]);
  });
  it("every text parses as an ICU message with the same placeholders in every language", () => {
    const mismatched: string[] = [];
    for (const [key, en] of catalogs.en!) {
      const want = placeholders(en, "en");
      for (const l of LOCALES) {
        const text = catalogs[l]!.get(key);
        if (text !== undefined && placeholders(text, l).join() !== want.join()) mismatched.push(`${l}:${key}`);
      }
    }
    expect(mismatched).toEqual([]);
  });
  it("no German text is still the English one", () => {
    const same = [...catalogs.en!].filter(([k, v]) => catalogs.de!.get(k) === v && !SAME_IN_BOTH.has(k)).map(([k]) => k);
    expect(same).toEqual([]);
  });
  it("the allowlist of identical texts names only keys that exist and are identical", () => {
    for (const k of SAME_IN_BOTH) expect(catalogs.de!.get(k)).toBe(catalogs.en!.get(k));
  });
});
