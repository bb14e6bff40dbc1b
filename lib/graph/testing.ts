/**
 * Test support (imported by *.test.ts only): the plans the Graph tests run, the engine's fixtures plus this
 * module's own cases, each evaluated once. Uses Node APIs, so never import it from app code.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { evaluatePlan, parsePlan, type Plan, type PlanInput, type Report } from "@/lib";

export const TODAY = "2026-11-28";
export const FIXTURES_DIR = path.resolve(__dirname, "../__fixtures__");
export const GOLDEN_DIR = path.join(__dirname, "__golden__");

export function planOf(input: PlanInput): Plan {
  const r = parsePlan(input, { today: TODAY });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** A name with every character that could end a PowerShell string or start code, plus non-ASCII text. */
export const HOSTILE_PLAN_NAME = "O'Brien ‘q’ ‚r‛ $(Remove-Item -Recurse C:\\) `whoami` \"x\" #> <# ; & | @{} Győr Zürich 😀";

/** Plans this module adds to the engine's fixtures: two ports (two configurations), and hostile names in German. */
export const GRAPH_CASES: Record<string, PlanInput> = {
  "graph-two-sites-ports": {
    name: "Northwind",
    devices: { ios: 3000 },
    sites: [
      { name: "Berlin", devices: 2000, publicAddress: "vpn-ber.northwind.example", port: 443 },
      { name: "Wien", devices: 1000, publicAddress: "vpn-vie.northwind.example", port: 8443, disableUdp: true },
    ],
    network: { dnsServers: ["10.10.0.53"], dnsSuffixes: ["corp.northwind.example"], splitTunnel: { include: ["10.10.0.0/16"], exclude: [] } },
    tls: { subjectNames: ["*.northwind.example"] },
  },
  "graph-hostile-names-de": {
    name: HOSTILE_PLAN_NAME,
    locale: "de",
    devices: { ios: 200 },
    sites: [
      { name: "Site ’; Start-Process calc; ‘", devices: 100, publicAddress: "a.contoso.com" },
      { name: "$env:USERNAME `$(whoami)` ''' München", devices: 100, publicAddress: "b.contoso.com", port: 4443 },
    ],
    tls: { subjectNames: ["*.contoso.com"] },
  },
};

export type GraphCase = { name: string; plan: Plan; report: Report };

export function listGraphCases(): GraphCase[] {
  const fixtures = readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: f.replace(/(\.tunnelplan)?\.json$/, ""), input: JSON.parse(readFileSync(path.join(FIXTURES_DIR, f), "utf8")) as PlanInput }));
  const own = Object.entries(GRAPH_CASES).map(([name, input]) => ({ name, input }));
  return [...fixtures, ...own].map(({ name, input }) => {
    const plan = planOf(input);
    return { name, plan, report: evaluatePlan(plan, { today: TODAY }) };
  });
}
