// Plans made before editions existed (no `edition` field) report what they reported before (issue 10, item 5),
// except where issue 10 or 11 deliberately changed a rule; each such difference is listed here with its reason.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import { parseShareUrl } from "@/lib/share/url";
import { evaluatePlan } from "./evaluate";
import type { Report } from "./types";

/** Generated once from commit 023f46b (the last release before editions) and reviewed; never regenerate. */
const BEFORE = JSON.parse(
  readFileSync(path.join(__dirname, "__fixtures__/reports-before-editions.json"), "utf8"),
) as Record<string, Summary>;
type Summary = {
  findings: [string, string, string][];
  os: object;
  sizing: unknown[];
  inbound: unknown[];
  fqdns: string[];
};

const summarize = (r: Report): Summary => ({
  findings: r.findings.map((f) => [f.id, f.severity, f.field]),
  os: {
    distro: r.os.distro,
    container: r.os.container,
    containerVersion: r.os.containerVersion,
    status: r.os.status,
    supportEnds: r.os.supportEnds,
  },
  sizing: r.sizing.sites.map((s) => [
    s.name,
    s.devices,
    s.peakConnections,
    s.servers,
    s.spareServers,
    s.cpusPerServer,
    s.memoryGbPerServer,
    s.diskGbPerServer,
  ]),
  inbound: r.ports.inbound.map((p) => [p.protocol, p.port, p.required]),
  fqdns: r.fqdns.map((f) => f.host),
});

/**
 * The deliberate differences, by finding id:
 * - edition-newer-available (info): every plan without `edition` now learns that newer editions exist (issue 10).
 * - tls-public-ca-max-validity: public CAs issue at most 200 days from 2026-03-15 (facts#195), by date, whatever the edition.
 * - tls-public-validity-398 only with iOS devices: it is an iOS rule (facts#39, issue 11).
 * - tls-key-algorithm-unlisted (info): ECDSA is not silently passed; the source names no algorithm (facts#45, issue 11).
 * - os-listed-after-end (warning): the source document (2024-10-24) still lists rows whose end (June 2024) had passed (editions.md §4.4).
 * - os-end-announced (warning): a listed row with a future end month now warns before it ends (issue 10).
 * - container-runtime-mismatch no longer fires for CentOS 8: the source names no runtime for it; the catalog had
 *   invented Podman (issue 11).
 * - dns-suffix-only-first (info): the server configuration holds one DNS suffix; the others are not sent (issue 15).
 */
const ADDED = new Set([
  "edition-newer-available",
  "tls-public-ca-max-validity",
  "tls-key-algorithm-unlisted",
  "os-listed-after-end",
  "os-end-announced",
  "dns-suffix-only-first",
]);
type PlanFacts = { ios: number; distro: string };
const REMOVED: Record<string, (p: PlanFacts) => boolean> = {
  "tls-public-validity-398": (p) => p.ios === 0,
  "container-runtime-mismatch": (p) => p.distro === "centos-8",
};

function current(): Record<string, { summary: Summary; facts: PlanFacts }> {
  const out: Record<string, { summary: Summary; facts: PlanFacts }> = {};
  const dir = path.join(__dirname, "../__fixtures__");
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json") && BEFORE[`fixture:${n}`])) {
    const p = parsePlan(JSON.parse(readFileSync(path.join(dir, f), "utf8")), { today: "2026-11-28" });
    if (!p.ok) throw new Error(f);
    out[`fixture:${f}`] = {
      summary: summarize(evaluatePlan(p.value, { today: "2026-11-28" })),
      facts: { ios: p.value.devices.ios, distro: p.value.server.distro },
    };
  }
  const links = JSON.parse(readFileSync(path.join(__dirname, "../share/__fixtures__/links-v1.json"), "utf8")).links as {
    name: string;
    url: string;
  }[];
  for (const l of links) {
    const r = parseShareUrl(l.url, { today: "2026-11-28" });
    if (!r.ok) throw new Error(l.name);
    out[`link:${l.name}`] = {
      summary: summarize(evaluatePlan(r.plan, { today: "2026-11-28" })),
      facts: { ios: r.plan.devices.ios, distro: r.plan.server.distro },
    };
  }
  return out;
}

const NOW = current();

describe("plans without an edition report as before", () => {
  it("covers every frozen fixture and link", () => {
    expect(Object.keys(NOW).sort()).toEqual(Object.keys(BEFORE).sort());
  });
  it.each(Object.keys(BEFORE))(
    "%s: same sizing, OS, ports and FQDNs; findings differ only by the listed rule changes",
    (key) => {
      const before = BEFORE[key]!;
      const { summary: now, facts } = NOW[key]!;
      expect({ ...now, findings: undefined }).toEqual({ ...before, findings: undefined });
      const kept = (list: [string, string, string][], drop: (id: string) => boolean) =>
        list.filter(([id]) => !drop(id));
      const removedOk = (id: string) => REMOVED[id]?.(facts) === true;
      expect(kept(now.findings, (id) => ADDED.has(id))).toEqual(kept(before.findings, removedOk));
      expect(now.findings.filter(([id]) => id === "edition-newer-available")).toHaveLength(1);
    },
  );
});
