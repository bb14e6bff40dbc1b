import { expect, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { findDistro } from "@/lib/catalog/distros";
import { translate } from "@/lib/i18n/translate";
import { parsePlan } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import { evaluatePlan } from "@/lib/report/evaluate";
import type { Report } from "@/lib/report/types";

const STORAGE_KEY = "tunnel-planner:v1";

/** A fixture plan and the report the engine gives for it (the numbers the page must show). */
export function loadFixture(name: string): { plan: Plan; report: Report } {
  const today = new Date().toISOString().slice(0, 10);
  const parsed = parsePlan(
    JSON.parse(readFileSync(path.join("lib", "__fixtures__", `${name}.tunnelplan.json`), "utf8")),
    { today },
  );
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return { plan: parsed.value, report: evaluatePlan(parsed.value, { today }) };
}

/** The review at /review, with the saved plan seeded in the store's persisted format. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  /** Seeds localStorage once per context in the one-plan layout the app migrates (a reload keeps what the app saved since). */
  async seed(plan: Plan) {
    const saved = JSON.stringify({
      state: { plan, updatedAt: "2026-11-28T10:00:00.000Z", progress: {}, drafts: {} },
      version: 1,
    });
    await this.page.addInitScript(
      ([key, value]) => {
        if (!window.localStorage.getItem(key!)) window.localStorage.setItem(key!, value!);
      },
      [STORAGE_KEY, saved],
    );
  }

  async goto() {
    await this.page.goto("/review");
    await expect(this.page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
    await expect(this.section("Sizing")).toBeVisible();
    await reviewComplete(this.page);
  }

  section(name: string): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }
  fileItem(filePath: string): Locator {
    return this.page.locator(`li[data-file-path="${filePath}"]`);
  }
  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
  /** Clicks a button that triggers a download and returns the saved bytes and name. */
  async download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), button.click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(file) };
  }
}

/**
 * The review renders its long sections one per frame after the first screen (use-staged-reveal.ts): a test that reads
 * the whole report at once (all labels, no text anywhere) waits until the checklist, the last part, has every phase.
 */
export async function reviewComplete(page: Page) {
  await expect(page.locator("#checklist")).toHaveAttribute("aria-busy", "false", { timeout: 45_000 });
}

const n = (v: number) => v.toLocaleString("en-US");

/** Every number and row of the review equals the report: sizing with its reasoning, totals, OS, ports, FQDNs, findings. */
export async function expectReviewShows(page: Page, report: Report) {
  const sizing = page.getByTestId("sizing-table");
  for (const [i, s] of report.sizing.sites.entries()) {
    const row = sizing.locator("tbody tr").nth(i);
    await expect(row.getByRole("rowheader")).toHaveText(s.name);
    const cells = row.getByRole("cell");
    await expect(cells.nth(0)).toHaveText(n(s.devices));
    await expect(cells.nth(1)).toHaveText(n(s.peakConnections));
    await expect(cells.nth(2)).toContainText(n(s.servers));
    await expect(cells.nth(3)).toHaveText(n(s.cpusPerServer));
    await expect(cells.nth(4)).toHaveText(`${n(s.memoryGbPerServer)} GB`);
    await expect(cells.nth(5)).toHaveText(`${n(s.diskGbPerServer)} GB`);
    const toggle = page.getByRole("button", { name: `Show the calculation for ${s.name}` });
    await toggle.click();
    await expect(page.getByRole("button", { name: `Hide the calculation for ${s.name}` })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    for (const line of s.reasoning) await expect(page.locator(`#sizing-reasoning-${i}`)).toContainText(line);
  }
  const t = report.sizing.totals;
  await expect(page.getByTestId("sizing-totals")).toHaveText(
    `${n(t.servers)} servers, ${n(t.cpus)} CPUs, ${n(t.memoryGb)} GB memory and ${n(t.diskGb)} GB disk in total.`,
  );

  const os = page.getByTestId("os-status");
  await expect(os).toContainText(findDistro(report.os.distro)?.label ?? report.os.distro);
  await expect(os).toContainText(translate("en", "terms.runtime", { runtime: report.os.container }));
  await expect(os).toContainText(
    { supported: "Supported", "end-of-support": "End of support", unsupported: "Not supported" }[report.os.status],
  );

  for (const [dir, rows] of [
    ["inbound", report.ports.inbound],
    ["outbound", report.ports.outbound],
  ] as const) {
    const table = page.getByTestId(`ports-${dir}`);
    await expect(table.locator("tbody tr")).toHaveCount(rows.length);
    for (const [i, p] of rows.entries()) {
      const cells = table.locator("tbody tr").nth(i).getByRole("cell");
      await expect(cells.nth(0)).toHaveText(p.protocol);
      await expect(cells.nth(1)).toHaveText(String(p.port));
      await expect(cells.nth(2)).toHaveText(p.required ? "Required" : "Optional");
      await expect(cells.nth(3)).toHaveText(p.purpose);
    }
  }

  const fqdnRows = page.getByTestId("fqdn-table").locator("tbody tr");
  await expect(fqdnRows).toHaveCount(report.fqdns.length);
  for (const [i, f] of report.fqdns.entries()) {
    await expect(fqdnRows.nth(i).getByRole("cell").first()).toHaveText(f.host);
  }
  const flagged = report.fqdns.filter((f) => f.source === "readiness-tool").length;
  expect(flagged).toBeGreaterThan(0);
  await expect(
    page.getByTestId("fqdn-table").getByText("Probed by the readiness tool, missing from the docs"),
  ).toHaveCount(flagged);

  for (const severity of ["blocker", "warning", "info"] as const) {
    const expected = report.findings.filter((f) => f.severity === severity);
    const group = page.getByTestId(`findings-${severity}`);
    if (expected.length === 0) {
      await expect(group).toHaveCount(0);
      continue;
    }
    await expect(group.locator("li[data-finding-id]")).toHaveCount(expected.length);
    for (const [i, f] of expected.entries()) {
      await expect(group.locator("li[data-finding-id]").nth(i)).toHaveAttribute("data-finding-id", f.id);
      await expect(group.locator("li[data-finding-id]").nth(i)).toContainText(f.title);
      // Official sources read exactly as in the report; community ones carry a separate "not official" badge.
      for (const ref of (f.source ?? []).filter((r) => r.official))
        await expect(group.locator("li[data-finding-id]").nth(i)).toContainText(ref.label);
    }
  }
}
