// The change board's PDF: a cover that says where the servers go and what still blocks them, and a
// "checklist only" variant without the requirement pages and the appendix (issue 16 item 7).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import { evaluatePlan } from "@/lib/report/evaluate";
import type { Report } from "@/lib/report/types";
import type { PdfContent } from "./content";
import { renderChecklistPdfToBuffer } from "./render-node";
import { pdfPageCount, pdfText, pdfWords } from "@/test/support/pdf-text";

const today = "2026-11-29";

function load(name: string): { plan: Plan; report: Report } {
  const file = path.join(process.cwd(), "lib", "__fixtures__", `${name}.tunnelplan.json`);
  const parsed = parsePlan(JSON.parse(readFileSync(file, "utf8")), { today });
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return { plan: parsed.value, report: evaluatePlan(parsed.value, { today }) };
}

const render = (plan: Plan, report: Report, content?: PdfContent) =>
  renderChecklistPdfToBuffer(plan, report, { pageSize: "A4", generatedOn: today, content });
const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, "");
const coverText = (pdf: Buffer) => squash((pdfWords(pdf)[0]?.words ?? []).map((w) => w.text).join(" "));

describe("PDF cover", { timeout: 120_000 }, () => {
  it("names every site with its devices, servers and public address", async () => {
    const { plan, report } = load("multi-site-large");
    const cover = coverText(await render(plan, report));
    for (const [i, site] of report.sizing.sites.entries()) {
      expect(cover).toContain(
        squash(
          `${site.name} ${site.devices.toLocaleString("en-US")} ${site.servers} (incl. ${site.spareServers} spare) ${plan.sites[i]!.publicAddress}`,
        ),
      );
    }
    expect(cover).toContain(squash(`Sites (${report.sizing.sites.length})`));
  });

  it("counts the open blockers and lists each title", async () => {
    const { plan, report } = load("blockers");
    const blockers = report.findings.filter((f) => f.severity === "blocker");
    expect(blockers.length).toBeGreaterThan(3);
    const pdf = await render(plan, report, "checklist");
    const text = squash(pdfText(pdf));
    expect(text).toContain(squash(`Open blockers (${blockers.length})`));
    for (const f of blockers) expect(text).toContain(squash(f.title));
    // The blocker list starts on the cover, before the checklist.
    expect(coverText(pdf)).toContain(squash(blockers[0]!.title));
    expect(text.indexOf(squash(`Open blockers (${blockers.length})`))).toBeLessThan(text.indexOf("Checklist"));
  });

  it("says so when nothing blocks the plan", async () => {
    const { plan, report } = load("contoso-single-site");
    const clean: Report = { ...report, findings: report.findings.filter((f) => f.severity !== "blocker") };
    expect(coverText(await render(plan, clean))).toContain(
      squash("Open blockers (0) None: nothing blocks the installation."),
    );
  });
});

describe("PDF contents: checklist only", { timeout: 120_000 }, () => {
  it("keeps the cover and every checklist item, and leaves out the requirement pages and the appendix", async () => {
    const { plan, report } = load("multi-site-large");
    const [full, checklist] = [await render(plan, report, "full"), await render(plan, report, "checklist")];
    const text = squash(pdfText(checklist));
    expect(text).toContain(squash("Deployment checklist (checklist only)"));
    for (const item of report.checklist) expect(text).toContain(squash(item.title));
    for (const site of report.sizing.sites) expect(text).toContain(squash(site.name));
    expect(text).not.toContain(squash("FQDN allowlist"));
    expect(text).not.toContain(squash("Appendix: generated files"));
    expect(text).not.toContain(squash("Sizing per site"));
    expect(text).not.toContain(squash("Inbound (to the Tunnel server)"));
    expect(pdfPageCount(checklist)).toBeLessThan(pdfPageCount(full));
    expect(squash(pdfText(full))).toContain(squash("Appendix: generated files"));
  });
});
