// Every edition's table, as the catalog resolves it, against editions.md row by row (issue 10, item 5).
import { describe, expect, it } from "vitest";
import { DISTRO_IDS } from "../distros";
import { readShared } from "@/test/support/shared-sources";
import { EDITION_IDS, NEWEST_EDITION_ID, SOURCE_EDITION_ID } from "./ids";
import { diffEditions, EDITIONS, getEdition } from "./resolve";
import type { DistroNote, SupportEnd } from "./types";

const EDITIONS_MD = readShared("domain/editions.md");

const MONTHS: Record<string, string> = {
  january: "01",
  february: "02",
  feb: "02",
  march: "03",
  april: "04",
  may: "05",
  june: "06",
  july: "07",
  august: "08",
  september: "09",
  october: "10",
  november: "11",
  december: "12",
  februar: "02",
  juni: "06",
  mai: "05",
};

type ParsedRow = {
  id: string;
  runtime: string;
  version: string | null;
  alsoListed: string[];
  markedDefault: boolean;
  supportEnds: SupportEnd[];
  notes: DistroNote[];
  unverified: boolean;
};

/** "Support ends June 2024." (cons.) / "Der Support endet im Februar 2024." (cons.) → months with columns. */
function parseSupportEnds(cell: string): SupportEnd[] {
  const out: SupportEnd[] = [];
  for (const m of cell.matchAll(/"([^"]+)"\s*\((cont|cons)\.\)/g)) {
    const words = m[1]!.toLowerCase().match(/([a-zä]+)\.?\s+(\d{4})/g) ?? [];
    for (const w of words) {
      const [, name = "", year = ""] = w.match(/([a-zä]+)\.?\s+(\d{4})/) ?? [];
      const month = MONTHS[name];
      if (month) out.push({ month: `${year}-${month}`, column: m[2] === "cont" ? "container" : "considerations" });
    }
  }
  return out;
}

function parseRow(cells: string[]): ParsedRow | null {
  const [idCell = "", pageRow = "", runtime = "", version = "", def = "", ends = "", notes = ""] = cells;
  const id = idCell.replace(/`/g, "").trim();
  if (pageRow.trim() === "not a row") return null;
  const versions = version.trim() === "—" ? [] : version.split(";").map((v) => v.replace(/also listed/, "").trim());
  return {
    id,
    runtime: runtime.trim() === "Podman" ? "podman" : "docker",
    version: versions[0] ?? null,
    alsoListed: versions.slice(1),
    markedDefault: def.trim() === "yes" || (versions[0] !== undefined && def.trim() === versions[0]),
    supportEnds: parseSupportEnds(ends),
    notes: [
      ...(notes.includes("ip_tables") ? (["ip_tables"] as const) : []),
      ...(notes.includes("Podman note") ? (["podman-v3"] as const) : []),
    ],
    unverified: notes.includes("[unverified]"),
  };
}

/** The distribution table of each "### 3.x" section, keyed by every edition id the heading names. */
function tablesByEdition(): Map<string, ParsedRow[]> {
  const out = new Map<string, ParsedRow[]>();
  const sections = EDITIONS_MD.split(/\n### /).filter((s) => /^3\.\d+ Edition/.test(s));
  for (const section of sections) {
    const heading = section.split("\n")[0]!;
    const ids = [...heading.matchAll(/`([0-9a-z-]+)`/g)].map((m) => m[1]!);
    const lines = section.split("\n");
    const start = lines.findIndex((l) => l.startsWith("| Catalog id |"));
    const rows: ParsedRow[] = [];
    for (const line of lines.slice(start + 2)) {
      if (!line.startsWith("|")) break;
      const row = parseRow(line.split("|").slice(1, -1));
      if (row) rows.push(row);
    }
    for (const id of ids) out.set(id, rows);
  }
  return out;
}

const TABLES = tablesByEdition();

describe("editions (editions.md §3)", () => {
  it("carries every edition of editions.md, in publication order", () => {
    expect([...TABLES.keys()].sort()).toEqual([...EDITION_IDS]);
    expect(EDITIONS.map((e) => e.id)).toEqual([...EDITION_IDS]);
    expect(SOURCE_EDITION_ID).toBe("2024-10-24");
    expect(NEWEST_EDITION_ID).toBe("2026-09-03");
  });

  it.each([...EDITION_IDS])("edition %s: the distribution table matches editions.md row by row", (id) => {
    const want = TABLES.get(id)!;
    const edition = getEdition(id);
    expect(edition.distros.map((d) => d.distro)).toEqual(want.map((r) => r.id));
    for (const row of want) {
      const got = edition.distros.find((d) => d.distro === row.id)!;
      expect({
        id: got.distro,
        runtime: got.runtime,
        version: got.version,
        alsoListed: [...(got.alsoListed ?? [])],
        markedDefault: got.runtime === "docker" ? false : got.markedDefault,
        supportEnds: [...got.supportEnds].sort((a, b) => a.month.localeCompare(b.month)),
        notes: [...got.notes],
        unverified: got.unverified === true,
      }).toEqual({ ...row, supportEnds: [...row.supportEnds].sort((a, b) => a.month.localeCompare(b.month)) });
    }
  });

  it("rows are in catalog order and name catalog distributions", () => {
    for (const e of EDITIONS) {
      const order = e.distros.map((d) => DISTRO_IDS.indexOf(d.distro));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it("the rules per edition: certificate lifetime, key size, Android, installer account, FQDNs (editions.md §3.10)", () => {
    const tls = (id: (typeof EDITION_IDS)[number]) => getEdition(id).rules.tls;
    expect(tls("2024-09-06")).toMatchObject({ maxDaysAll: 730, maxDaysPublicIos: null, minKeyBits: null });
    expect(tls("2024-10-24")).toMatchObject({ maxDaysAll: 730, maxDaysPublicIos: null, minKeyBits: 2048 });
    expect(tls("2025-03-04")).toMatchObject({
      maxDaysPublicIos: 398,
      maxDaysUserOrAdminRoot: 730,
      recommendedMaxDaysPublicAndroid: 398,
      minKeyBits: 2048,
    });
    expect(getEdition("2025-04-15b").rules.android).toEqual({ tunnelMin: null, deviceProxyMin: 10 });
    expect(getEdition("2026-03-27").rules.android).toEqual({ tunnelMin: 11, deviceProxyMin: 11 });
    expect(EDITIONS.filter((e) => e.rules.installerAccount).map((e) => e.id)).toEqual([
      "2025-04-15a",
      "2025-04-15b",
      "2026-03-27",
      "2026-08-06",
      "2026-09-03",
    ]);
    expect(EDITIONS.filter((e) => e.rules.fqdns.includes("powerlift-frontdesk.acompli.net")).map((e) => e.id)).toEqual([
      "2025-04-15b",
      "2026-03-27",
    ]);
    expect(getEdition("2025-03-04").rules.govClouds?.supported).toEqual(["gcc-high", "dod"]);
    expect(getEdition("2025-03-27").rules.govClouds?.supported).toEqual(["gcc-high"]);
    expect(getEdition("2026-08-06").rules.mamLicensing).toBe("additional-licensing");
    expect(getEdition("2026-03-27").rules.mamLicensing).toBe("plan2-addon");
  });

  it("the caveats of editions.md: dating (2025-04-15a/b) and reconstructed (2026-09-03)", () => {
    expect(EDITIONS.filter((e) => e.caveats.includes("dating")).map((e) => e.id)).toEqual([
      "2025-04-15a",
      "2025-04-15b",
    ]);
    expect(EDITIONS.filter((e) => e.caveats.includes("reconstructed")).map((e) => e.id)).toEqual(["2026-09-03"]);
  });

  it("differences are computed from the tables and attributed to the edition that first shows them", () => {
    const d = diffEditions("2024-10-24", "2026-09-03");
    const find = (kind: string, subject: string) =>
      d.find((x) => x.kind === kind && ("distro" in x ? x.distro : x.rule) === subject);
    expect(find("distro-removed", "ubuntu-20.04")?.edition).toBe("2025-03-04");
    expect(find("distro-removed", "ubuntu-22.04")?.edition).toBe("2026-08-06");
    expect(find("distro-removed", "rhel-8.7")?.edition).toBe("2025-04-15a");
    expect(find("distro-added", "ubuntu-24.04")?.edition).toBe("2025-03-04");
    expect(find("distro-added", "rhel-10.2")?.edition).toBe("2026-09-03");
    expect(find("support-end-announced", "rhel-9.4")?.edition).toBe("2025-04-15a");
    expect(find("rule-changed", "android")?.edition).toBe("2026-03-27");
    // powerlift came and went: the source and the newest list the same hosts.
    expect(find("rule-changed", "fqdns")).toBeUndefined();
    expect(diffEditions(NEWEST_EDITION_ID, NEWEST_EDITION_ID)).toEqual([]);
  });
});
