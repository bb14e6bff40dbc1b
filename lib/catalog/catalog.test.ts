import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import { defaultPlan } from "@/lib/plan/defaults";
import type { FindingId } from "./findings";
import { CONTRADICTIONS } from "./contradictions";
import { DISTROS } from "./distros";
import { EDITIONS } from "./editions/resolve";
import { FIELD_HELP } from "./fields";
import { FINDINGS } from "./findings";
import { FQDNS } from "./fqdns";
import { PLATFORMS } from "./platforms";
import { SIZING_TABLE } from "./sizing";

const FACT = /^facts#\d+$/;

/** Every leaf path of the default plan; site fields as "sites.<field>". */
function leafPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    return first !== null && typeof first === "object" ? leafPaths(first, prefix) : [prefix];
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe("catalog", () => {
  it("every entry cites a fact", () => {
    for (const d of DISTROS) expect(d.fact).toMatch(FACT);
    for (const f of Object.values(FINDINGS)) expect(f.fact).toMatch(FACT);
    for (const f of FQDNS) expect(f.fact).toMatch(FACT);
    for (const p of PLATFORMS) expect(p.fact).toMatch(FACT);
    for (const c of CONTRADICTIONS) expect(c.fact).toMatch(FACT);
    for (const h of Object.values(FIELD_HELP)) if (h.fact !== undefined) expect(h.fact).toMatch(FACT);
  });
  it("every distribution any edition lists, plus the two named non-supported ones", () => {
    expect(DISTROS.map((d) => d.id)).toEqual([
      "centos-7",
      "rhel-7",
      "rhel-8.6",
      "rhel-8.7",
      "rhel-8.8",
      "rhel-8.9",
      "rhel-8.10",
      "rhel-9.0",
      "rhel-9.1",
      "rhel-9.2",
      "rhel-9.3",
      "rhel-9.4",
      "rhel-9.5",
      "rhel-9.6",
      "rhel-9.7",
      "rhel-9.8",
      "rhel-10.0",
      "rhel-10.1",
      "rhel-10.2",
      "ubuntu-18.04",
      "ubuntu-20.04",
      "ubuntu-22.04",
      "ubuntu-24.04",
      "ubuntu-26.04",
      "centos-8",
    ]);
    expect(DISTROS.filter((d) => "namedUnsupported" in d).map((d) => d.id)).toEqual(["ubuntu-18.04", "centos-8"]);
    const listed = new Set(EDITIONS.flatMap((e) => e.distros.map((r) => r.distro)));
    expect(DISTROS.filter((d) => !listed.has(d.id)).map((d) => d.id)).toEqual(["ubuntu-18.04", "centos-8"]);
    // facts#4, facts §2 item 28: Podman only on RHEL 8 and later.
    for (const e of EDITIONS)
      for (const r of e.distros)
        expect(r.runtime === "podman").toBe(r.distro.startsWith("rhel-") && r.distro !== "rhel-7");
  });
  it("the sizing table rows of facts#28", () => {
    expect(SIZING_TABLE.map((r) => [r.devices, r.servers, r.cpus, r.memoryGb, r.diskGb])).toEqual([
      [1_000, 1, 4, 4, 30],
      [2_000, 1, 4, 4, 30],
      [5_000, 2, 8, 8, 30],
      [10_000, 3, 8, 8, 30],
      [20_000, 4, 8, 8, 30],
      [40_000, 8, 8, 8, 30],
    ]);
  });
  it("finding texts are complete sentences with something to do, in every language", () => {
    for (const locale of LOCALES) {
      for (const id of Object.keys(FINDINGS) as FindingId[]) {
        expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(translate(locale, `findings.${id}.title`).length).toBeGreaterThan(10);
        expect(translate(locale, `findings.${id}.detail`)).toMatch(/[.)]$/);
        expect(translate(locale, `findings.${id}.action`)).toMatch(/[.)]$/);
      }
    }
  });
  it("every plan field has a label and help text, and no help entry points nowhere", () => {
    const paths = leafPaths(defaultPlan).filter((p) => p !== "schemaVersion");
    expect(paths.filter((p) => !(p in FIELD_HELP))).toEqual([]);
    expect(Object.keys(FIELD_HELP).filter((k) => !paths.includes(k))).toEqual([]);
    for (const h of Object.values(FIELD_HELP)) {
      expect(h.label.length).toBeGreaterThan(2);
      expect(h.help.length).toBeGreaterThan(10);
    }
  });
  it("the contradictions of facts §2 are recorded, not hidden", () => {
    expect(CONTRADICTIONS.map((c) => c.id)).toEqual(
      expect.arrayContaining(["rhel-9.0-end-of-support", "certificate-lifetime", "sizing-non-linear"]),
    );
  });
});
