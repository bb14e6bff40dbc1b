// Every text exists in every language, with the same placeholders, and German is really German (issue 14).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIELD_HELP, fieldLabel } from "@/lib/catalog/fields";
import deFields from "./de/fields.json" with { type: "json" };
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";
import { leaves, placeholders, type Tree } from "@/test/support/messages";

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
    for (const l of LOCALES)
      expect(
        [...all].filter((k) => !catalogs[l]!.has(k)),
        `missing in ${l}`,
      ).toEqual([]);
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
    const same = [...catalogs.en!]
      .filter(([k, v]) => catalogs.de!.get(k) === v && !SAME_IN_BOTH.has(k))
      .map(([k]) => k);
    expect(same).toEqual([]);
  });
  it("the allowlist of identical texts names only keys that exist and are identical", () => {
    for (const k of SAME_IN_BOTH) expect(catalogs.de!.get(k)).toBe(catalogs.en!.get(k));
  });
});

/** Every UI catalog file (messages/<locale>/*.json) as one tree per locale, namespaced by file name. */
function uiCatalog(locale: string): Map<string, string> {
  const dir = path.join(process.cwd(), "messages", locale);
  const tree: Tree = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort())
    tree[file.slice(0, -5)] = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Tree;
  return leaves(tree);
}

const tags = (text: string) => [...text.matchAll(/<\/?([a-zA-Z][\w-]*)>/g)].map((m) => m[0]).sort();

describe("UI texts (messages/en, messages/de)", () => {
  const en = uiCatalog("en");
  const de = uiCatalog("de");
  const sameInBoth = new Set(
    readFileSync(path.join(process.cwd(), "messages", "same-in-both.txt"), "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#")),
  );
  it("both languages have the same files and keys", () => {
    expect(readdirSync(path.join(process.cwd(), "messages", "de")).sort()).toEqual(
      readdirSync(path.join(process.cwd(), "messages", "en")).sort(),
    );
    expect([...de.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !de.has(k))).toEqual([]);
  });
  it("every message parses and has the same placeholders and tags in both languages", () => {
    for (const [key, text] of en) {
      const other = de.get(key) ?? "";
      expect(placeholders(other, "de"), key).toEqual(placeholders(text, "en"));
      expect(tags(other), key).toEqual(tags(text));
    }
  });
  it("no German text is still the English one, except the listed product names and shared words", () => {
    expect([...en].filter(([k, v]) => de.get(k) === v && !sameInBoth.has(k)).map(([k]) => k)).toEqual([]);
    for (const k of sameInBoth) expect(de.get(k), k).toBe(en.get(k));
  });
});

describe("field labels and help (lib/catalog/fields.ts, lib/i18n/de/fields.json)", () => {
  it("every field has a German label and help, and no other key exists", () => {
    expect(Object.keys(deFields).sort()).toEqual(Object.keys(FIELD_HELP).sort());
    const english = new Set(["licensing.tunnelForMam", "server.rootlessPodman"]);
    for (const [key, en] of Object.entries(FIELD_HELP)) {
      const text = (deFields as Record<string, { label: string; help: string }>)[key]!;
      expect(text.help, key).not.toBe(en.help);
      if (!english.has(key)) expect(text.label, key).not.toBe(en.label);
      expect(fieldLabel(key, "de")).toBe(text.label);
    }
  });
});
