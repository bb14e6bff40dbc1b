import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "@/lib/report/evaluate";
import { parsePlan } from "@/lib/plan/parse";
import { DISTRO_IDS } from "@/lib/catalog/distros";
import { buildFiles } from "..";
import { isShellFile, run, TODAY } from "./testing";

describe("buildFiles with the engine's types", () => {
  it("evaluatePlan fills report.files with exactly what buildFiles builds", () => {
    const parsed = parsePlan({ sites: [{ publicAddress: "tunnel.contoso.com" }] }, { today: TODAY });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const report = evaluatePlan(parsed.value, { today: TODAY });
    const files = buildFiles(parsed.value, report);
    expect(report.files).toEqual(files);
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        "/etc/sysctl.d/90-mstunnel.conf",
        "tunnel-planner/prepare-server.sh",
        "tunnel-planner/tunnel-preflight.sh",
        "tunnel-planner/README.md",
      ]),
    );
  });
});

const host = fc.constantFrom("tunnel.contoso.com", "vpn.fabrikam.example", "203.0.113.7", "gw-1.northwind.example");
const cidr = fc.constantFrom(
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "10.20.0.0/24",
  "203.0.113.0/24",
  "100.64.0.0/10",
);
const randomPlan = fc.record({
  sites: fc.array(
    fc.record({ publicAddress: host, port: fc.integer({ min: 1, max: 65535 }), disableUdp: fc.boolean() }),
    { minLength: 1, maxLength: 1 },
  ),
  server: fc.record({
    distro: fc.constantFrom(...DISTRO_IDS),
    rootlessPodman: fc.boolean(),
    hosting: fc.constantFrom("on-premises", "azure", "aws", "gcp", "other-cloud"),
    selinux: fc.constantFrom("enforcing", "permissive", "disabled"),
    firewall: fc.constantFrom("auto", "firewalld", "ufw", "nftables", "iptables", "none"),
    ssh: fc.record({ enabled: fc.boolean(), sourceCidrs: fc.uniqueArray(cidr, { maxLength: 2 }) }),
    auditd: fc.boolean(),
  }),
  network: fc.record({
    internalCidrs: fc.uniqueArray(cidr, { maxLength: 3 }),
    bridgeCidr: fc.option(fc.constantFrom("192.168.128.0/24", "10.99.0.0/16"), { nil: null }),
  }),
  tls: fc.record({ issuer: fc.constantFrom("public", "private"), format: fc.constantFrom("pem", "pfx") }),
  serverProxy: fc.oneof(
    fc.constant({ mode: "none" }),
    fc.record({ mode: fc.constant("http"), address: host, port: fc.integer({ min: 1, max: 65535 }) }),
  ),
});

describe("random valid plans", () => {
  it(
    "give deterministic files that end with a newline, parse as JSON where JSON, and pass bash -n",
    { timeout: 300_000 },
    () => {
      const plans = fc
        .sample(randomPlan, { numRuns: 40, seed: 4 })
        .map((input) => parsePlan(input, { today: TODAY }))
        .flatMap((r) => (r.ok ? [r.value] : [])); // cross-field rules may reject a combination
      expect(plans.length).toBeGreaterThan(20);
      for (const plan of plans) {
        const report = evaluatePlan(plan, { today: TODAY });
        expect(buildFiles(plan, report)).toEqual(report.files);
        for (const f of report.files) {
          expect(f.content.endsWith("\n"), f.path).toBe(true);
          if (f.path.endsWith(".json") || f.path.endsWith(".conflist"))
            expect(() => JSON.parse(f.content)).not.toThrow();
        }
        // One bash process checks all scripts of the plan.
        const scripts = report.files.filter(isShellFile).map((f) => f.content);
        const syntax = run("bash", [
          "--norc",
          "--noprofile",
          "-c",
          'for s; do bash -n <(printf "%s" "$s") || exit 1; done',
          "check",
          ...scripts,
        ]);
        expect(syntax.stderr).toBe("");
        expect(syntax.status).toBe(0);
      }
    },
  );
});
