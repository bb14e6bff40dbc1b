import { describe, expect, it } from "vitest";
import { SEED_QUOTES, findQuote } from "./sources-quotes";
import { SEED_SECTIONS } from "./sources-seed";
import { listCitedFacts, parseFacts, readShared, registryTag } from "@/test/support/shared-sources";
import { FACT_SOURCES, QUOTE_GAP, citationUrl, factSources, headingAnchor, sourceOf, type SourceKind } from "./sources";
import { SOURCES } from "./sources-registry";

const facts = new Map(parseFacts(readShared("domain/facts.md")).map((f) => [f.fact, f]));
const seedText = readShared("seed/tunnel-prerequisites.de.txt");
const seedLines = new Set(seedText.split("\n").map((l) => l.trim()));

/** Where each kind of source may live; a link anywhere else is a mistake. */
const HOSTS: Record<SourceKind, readonly string[]> = {
  microsoft: ["learn.microsoft.com", "aka.ms", "github.com"],
  cabf: ["cabforum.org"],
  "red-hat": ["access.redhat.com", "docs.redhat.com"],
  community: ["github.com"],
  other: ["support.apple.com"],
};
/** GitHub addresses of official sources must be Microsoft's own organisations. */
const MICROSOFT_GITHUB = /^\/(microsoft|MicrosoftDocs|microsoftgraph)\//;

describe("source registry", () => {
  it("covers facts.md's whole source key", () => {
    const key = [...readShared("domain/facts.md").matchAll(/^\| (S\d+[a-z]?) \|/gm)].map((m) => m[1]);
    expect(key.length).toBeGreaterThanOrEqual(19);
    expect(SOURCES.map((s) => s.id)).toEqual(expect.arrayContaining(key));
  });

  it("has an entry for every fact the code cites, and for facts#192-195", () => {
    const cited = [...listCitedFacts().keys(), 192, 193, 194, 195];
    const missing = [...new Set(cited)].filter((n) => !factSources(n)).sort((a, b) => a - b);
    expect(missing, `facts cited in code without a source entry: ${missing.join(", ")}`).toEqual([]);
  });

  it("tags every entry as facts.md does and gives every [SEED] fact its sentence", () => {
    for (const entry of FACT_SOURCES) {
      const fact = facts.get(entry.fact);
      expect(fact, `fact ${entry.fact} is not in facts.md`).toBeDefined();
      expect(entry.tag, `fact ${entry.fact}`).toBe(registryTag(fact!.tags));
      expect(entry.cites.length).toBeGreaterThan(0);
      const fromSeed = entry.cites.filter((c) => c.source === "S0");
      expect(fromSeed.length > 0, `fact ${entry.fact}: only [SEED] facts cite the source document`).toBe(
        entry.tag === "seed",
      );
      for (const c of fromSeed)
        expect(findQuote(entry.fact, c.seedSection), `fact ${entry.fact} needs its sentence`).toBeDefined();
    }
    for (const q of SEED_QUOTES) {
      const cites = factSources(q.fact)?.cites ?? [];
      expect(
        cites.some((c) => c.seedSection === q.section),
        `quote of fact ${q.fact} (${q.section}) has no citation`,
      ).toBe(true);
    }
  });

  it("copies every German quote verbatim from the source document", () => {
    expect(SEED_QUOTES.length).toBeGreaterThanOrEqual(80);
    for (const q of SEED_QUOTES) {
      for (const part of q.de.split(QUOTE_GAP)) {
        expect(seedText.includes(part), `fact ${q.fact}: "${part}" is not in the source document`).toBe(true);
      }
      expect(q.en.split(QUOTE_GAP).length, `fact ${q.fact}: English and German quote have the same parts`).toBe(
        q.de.split(QUOTE_GAP).length,
      );
    }
  });

  it("uses the source document's own German headings and Learn's anchors for the English ones", () => {
    for (const section of Object.values(SEED_SECTIONS)) {
      expect(seedLines.has(section.de), `"${section.de}" is not a heading of the source document`).toBe(true);
    }
    expect(headingAnchor("Linux server")).toBe("linux-server");
    expect(headingAnchor("Manually load ip_tables")).toBe("manually-load-ip_tables");
    expect(headingAnchor("Example of admin-settings.json")).toBe("example-of-admin-settingsjson");
    const linuxServer = factSources(14)!.cites[0]!;
    expect(citationUrl(linuxServer)).toBe(
      "https://learn.microsoft.com/en-us/mem/intune/protect/microsoft-tunnel-prerequisites#linux-server",
    );
  });

  it("links only https pages on the host its kind lives on", () => {
    for (const s of SOURCES) {
      for (const url of [s.url, "anchorBase" in s ? s.anchorBase : null]) {
        if (url === null || url === undefined) continue;
        const u = new URL(url);
        expect(u.protocol, s.id).toBe("https:");
        expect(HOSTS[s.kind], `${s.id}: ${u.host}`).toContain(u.host);
        if (s.kind === "microsoft" && u.host === "github.com") expect(u.pathname).toMatch(MICROSOFT_GITHUB);
      }
    }
    for (const entry of FACT_SOURCES) {
      for (const c of entry.cites) {
        const url = citationUrl(c);
        if (url === null) continue;
        expect(new URL(url).protocol).toBe("https:");
        expect(HOSTS[sourceOf(c).kind]).toContain(new URL(url).host);
      }
    }
  });

  it("labels secondary facts by their sources: an [EXTRA-2nd] fact rests on community sources only", () => {
    for (const entry of FACT_SOURCES.filter((e) => e.tag === "extra-2nd")) {
      for (const c of entry.cites) expect(sourceOf(c).kind, `fact ${entry.fact}`).toBe("community");
    }
    for (const entry of FACT_SOURCES.filter((e) => e.tag !== "extra-2nd")) {
      expect(
        entry.cites.some((c) => sourceOf(c).kind !== "community"),
        `fact ${entry.fact} needs an official source`,
      ).toBe(true);
    }
  });
});
