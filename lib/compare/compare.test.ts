import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import { evaluatePlan } from "@/lib/report/evaluate";
import { listFileRows, listFindingRows, listSiteRows, siteTotals } from "./compare";
import { buildFileDiff, countChanges } from "./file-diff";

const today = "2026-11-29";
function fixture(name: string): Plan {
  const raw = JSON.parse(
    readFileSync(path.join(process.cwd(), "lib", "__fixtures__", `${name}.tunnelplan.json`), "utf8"),
  );
  const parsed = parsePlan(raw, { today });
  if (!parsed.ok) throw new Error(name);
  return parsed.value;
}
const report = (plan: Plan) => evaluatePlan(plan, { today });

describe("compare rows", () => {
  const a = fixture("contoso-single-site");
  const b = structuredClone(a);
  b.name = "Contoso, second site";
  b.sites = [
    { ...a.sites[0]!, devices: 3000 },
    { ...a.sites[0]!, name: "Berlin", publicAddress: "tunnel-ber.contoso.com", devices: 2000 },
  ];
  const reports = [report(a), report(b)];

  it("matches sites by name; a site one plan lacks is null there; per-site totals multiply by servers", () => {
    const rows = listSiteRows(reports);
    expect(rows.map((r) => r.name)).toEqual([a.sites[0]!.name, "Berlin"]);
    expect(rows[1]!.sizing[0]).toBeNull();
    const berlin = rows[1]!.sizing[1]!;
    expect(siteTotals(berlin)).toEqual({
      servers: berlin.servers,
      cpus: berlin.servers * berlin.cpusPerServer,
      memoryGb: berlin.servers * berlin.memoryGbPerServer,
      diskGb: berlin.servers * berlin.diskGbPerServer,
    });
    const sum = (i: number) =>
      rows.flatMap((r) => (r.sizing[i] ? [siteTotals(r.sizing[i]!).cpus] : [])).reduce((x, y) => x + y, 0);
    expect(sum(1)).toBe(reports[1]!.sizing.totals.cpus);
  });

  it("lists each finding once with the plans it appears in, blockers first", () => {
    const blockers = report(fixture("blockers"));
    const rows = listFindingRows([reports[0]!, blockers]);
    const severities = rows.map((r) => r.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (x, y) => ["blocker", "warning", "info"].indexOf(x) - ["blocker", "warning", "info"].indexOf(y),
      ),
    );
    for (const f of blockers.findings) expect(rows.find((r) => r.id === f.id && r.inPlan[1])).toBeDefined();
    expect(rows.filter((r) => r.inPlan[0]).length).toBe(
      new Set(reports[0]!.findings.map((f) => `${f.id}|${f.field}`)).size,
    );
  });

  it("marks files that are the same in every plan, and diffs the ones that differ line by line", () => {
    const rows = listFileRows(reports);
    expect(rows.some((r) => r.same)).toBe(true);
    const changed = rows.find((r) => !r.same && r.contents.every((c) => c !== null))!;
    const hunks = buildFileDiff(changed.contents[0]!, changed.contents[1]!);
    expect(hunks.length).toBeGreaterThan(0);
    const { added, removed } = countChanges(hunks);
    expect(added + removed).toBeGreaterThan(0);
  });
});

describe("buildFileDiff", () => {
  it("shows changed lines with their context and nothing for equal text", () => {
    expect(buildFileDiff("a\nb\n", "a\nb\n")).toEqual([]);
    expect(buildFileDiff("a\nb\nc\n", "a\nB\nc\n")).toEqual([
      {
        header: "@@ -1,3 +1,3 @@",
        lines: [
          { kind: "context", text: "a" },
          { kind: "removed", text: "b" },
          { kind: "added", text: "B" },
          { kind: "context", text: "c" },
        ],
      },
    ]);
  });

  it("treats a file missing from one plan as empty", () => {
    expect(countChanges(buildFileDiff(null, "x\ny\n"))).toEqual({ added: 2, removed: 0 });
  });
});
