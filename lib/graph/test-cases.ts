// Plans the Graph tests (unit and e2e) add to the engine's fixtures; plain data, no Node APIs.
import type { PlanInput } from "@/lib/plan/schema";

/** A name with every character that could end a PowerShell string or start code, plus non-ASCII text. */
export const HOSTILE_PLAN_NAME =
  'O\'Brien ‘q’ ‚r‛ $(Remove-Item -Recurse C:\\) `whoami` "x" #> <# ; & | @{} Győr Zürich 😀';

/** Plans this module adds to the engine's fixtures: two ports (two configurations), and hostile names in German. */
export const GRAPH_CASES: Record<string, PlanInput> = {
  "graph-two-sites-ports": {
    name: "Northwind",
    devices: { ios: 3000 },
    sites: [
      { name: "Berlin", devices: 2000, publicAddress: "vpn-ber.northwind.example", port: 443 },
      { name: "Wien", devices: 1000, publicAddress: "vpn-vie.northwind.example", port: 8443, disableUdp: true },
    ],
    network: {
      dnsServers: ["10.10.0.53"],
      dnsSuffixes: ["corp.northwind.example"],
      splitTunnel: { include: ["10.10.0.0/16"], exclude: [] },
    },
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
