import { describe, expect, it } from "vitest";
import { buildGraphFiles } from "@/lib/graph";
import { runCli } from "@/test/support/cli";
import { listGraphCases } from "@/test/support/graph";

const run = (args: string[]) => runCli(args);
const fixture = (name: string) => `lib/__fixtures__/${name}.tunnelplan.json`;

describe("npm run plan -- <plan> --format graph", { timeout: 60_000 }, () => {
  it("prints { serverConfigurations, sites }: the same bodies as the bundle's graph files", async () => {
    const r = await run([fixture("multi-site-large"), "--format", "graph"]);
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
  it("a plan that fails the checks exits 1, prints nothing on stdout and names each reason", async () => {
    const r = await run([fixture("blockers"), "--format", "graph"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      "plan: no Graph output; the plan fails these checks first:",
      "  - The client IP pool overlaps a destination network (client-pool-overlap)",
      "  - 0.0.0.0 is not allowed in split-tunnel rules (split-tunnel-zero-route)",
      "  - The certificate does not cover the site's public address (tls-name-mismatch)",
    ]);
  });
  it("an unknown format names graph among the choices", async () => {
    const r = await run([fixture("minimal"), "--format", "yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format must be json, markdown, pdf or graph");
  });
});
