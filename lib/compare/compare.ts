// Two or three plans side by side (issue 16): their reports lined up row by row. Pure: reports in, rows out.
import type { Finding, GeneratedFile, Report, Severity, SiteSizing } from "@/lib/report/types";

export type SiteRow = { name: string; sizing: (SiteSizing | null)[] };
export type FindingRow = { key: string; id: string; severity: Severity; title: string; inPlan: boolean[] };
export type FileRow = { path: string; contents: (string | null)[]; same: boolean };

/** Site totals: a site's servers times what each needs. */
export function siteTotals(s: SiteSizing) {
  return {
    servers: s.servers,
    cpus: s.servers * s.cpusPerServer,
    memoryGb: s.servers * s.memoryGbPerServer,
    diskGb: s.servers * s.diskGbPerServer,
  };
}

/** Sites matched by name (a plan without a site of that name gets null), in order of first appearance. */
export function listSiteRows(reports: readonly Report[]): SiteRow[] {
  const names = [...new Set(reports.flatMap((r) => r.sizing.sites.map((s) => s.name)))];
  return names.map((name) => ({
    name,
    sizing: reports.map((r) => r.sizing.sites.find((s) => s.name === name) ?? null),
  }));
}

const SEVERITY_ORDER: Severity[] = ["blocker", "warning", "info"];
// A finding is the same in two plans when its id and the field it points at match (per-site findings differ by site).
const findingKey = (f: Finding) => `${f.id}|${f.field}`;

/** Every finding of any plan, blockers first, with the plans it appears in. */
export function listFindingRows(reports: readonly Report[]): FindingRow[] {
  const rows = new Map<string, FindingRow>();
  reports.forEach((report, i) => {
    for (const f of report.findings) {
      const key = findingKey(f);
      const row = rows.get(key) ?? {
        key,
        id: f.id,
        severity: f.severity,
        title: f.title,
        inPlan: reports.map(() => false),
      };
      row.inPlan[i] = true;
      rows.set(key, row);
    }
  });
  return [...rows.values()].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** Every generated file of any plan, by path: its content in each plan (null = not generated there). */
export function listFileRows(reports: readonly Report[]): FileRow[] {
  const byPath = (files: GeneratedFile[], path: string) => files.find((f) => f.path === path)?.content ?? null;
  const paths = [...new Set(reports.flatMap((r) => r.files.map((f) => f.path)))];
  return paths.map((path) => {
    const contents = reports.map((r) => byPath(r.files, path));
    return { path, contents, same: contents.every((c) => c !== null && c === contents[0]) };
  });
}
