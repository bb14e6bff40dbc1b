import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraphFiles } from "@/lib/graph";
import { listGraphCases } from "@/test/support/graph";

const TSX = path.resolve("node_modules/.bin/tsx");
const run = (args: string[]) => {
  const r = spawnSync(TSX, ["scripts/plan.ts", ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const fixture = (name: string) => `lib/__fixtures__/${name}.tunnelplan.json`;

describe("npm run plan -- <plan> --format graph", { timeout: 60_000 }, () => {
  it("prints { serverConfigurations, sites }: the same bodies as the bundle's graph files", () => {
    const r = run([fixture("multi-site-large"), "--format", "graph"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const printed = JSON.parse(r.stdout) as { serverConfigurations: unknown[]; sites: unknown[] };
    expect(Object.keys(printed)).toEqual(["serverConfigurations", "sites"]);
    const c = listGraphCases().find((x) => x.name === "multi-site-large")!;
    const files = buildGraphFiles(c.plan, c.report);
    expect(printed.serverConfigurations).toEqual(JSON.parse(files[0]!.content));
    expect(printed.sites).toEqual(JSON.parse(files[1]!.content));
    expect(printed.serverConfigurations).toHaveLength(2);
    expect(printed.sites).toHaveLength(3);
  });
  it("a plan that fails the checks exits 1, prints nothing on stdout and names each reason", () => {
    const r = run([fixture("blockers"), "--format", "graph"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      "plan: no Graph output; the plan fails these checks first:",
      "  - The client IP pool overlaps a destination network (client-pool-overlap)",
      "  - 0.0.0.0 is not allowed in split-tunnel rules (split-tunnel-zero-route)",
      "  - The certificate does not cover the site's public address (tls-name-mismatch)",
    ]);
  });
  it("an unknown format names graph among the choices", () => {
    const r = run([fixture("minimal"), "--format", "yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format must be json, markdown, pdf or graph");
  });
});
