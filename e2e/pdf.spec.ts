import { expect, test, type APIRequestContext } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checklistFileName } from "@/components/pdf/file-name";
import { parsePlan } from "@/lib/plan";
import { evaluatePlan } from "@/lib/report/evaluate";
import { watchPage } from "./support/watch";

// Seeds the saved plan in the previous release's one-plan layout (key "tunnel-planner:v1"), which the app migrates on load (state/library.ts).
const STORAGE_KEY = "tunnel-planner:v1";
const FIXTURE = "multi-site-large";
// A string only the PDF renderer bundle contains (pdfkit writes it into every file header).
const RENDERER_MARKER = "%PDF-";

function pdftotext(file: string): string {
  return execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}
// Wrapped lines (and rare breaks inside very long tokens) add spaces and hyphens; compare without them.
const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, "");

async function scriptsWithRenderer(request: APIRequestContext, urls: string[]) {
  const hits: string[] = [];
  for (const url of new Set(urls)) if ((await (await request.get(url)).text()).includes(RENDERER_MARKER)) hits.push(url);
  return hits;
}

// One browser export (rendering takes seconds on two shared cores): the largest fixture, from the share menu on a
// wizard step. The other fixtures' PDFs are checked for completeness in Node (components/pdf/checklist-pdf.test.ts);
// the review toolbar's button is the same component, checked here to be present and ready.
test("Export PDF: the renderer loads only on click; the largest plan's checklist downloads complete from the share menu", async ({
  page,
  baseURL,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const today = new Date().toISOString().slice(0, 10);
  const raw = JSON.parse(readFileSync(path.join("lib", "__fixtures__", `${FIXTURE}.tunnelplan.json`), "utf8"));
  const parsed = parsePlan(raw, { today });
  if (!parsed.ok) throw new Error(`${FIXTURE} is not a valid plan`);
  const plan = parsed.value;
  const report = evaluatePlan(plan, { today });
  const watch = watchPage(page, baseURL!);
  const saved = JSON.stringify({ state: { plan, updatedAt: `${today}T00:00:00.000Z`, progress: {}, drafts: {} }, version: 1 });
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key!, value!), [STORAGE_KEY, saved]);
  const scripts: string[] = [];
  page.on("request", (req) => {
    if (req.resourceType() === "script") scripts.push(req.url());
  });

  await page.goto("/review");
  // Generous: the first hydration of a large plan on two shared cores can take a while.
  await expect(page.getByRole("main").getByRole("button", { name: "Export PDF" })).toBeEnabled({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  await page.goto("/plan/devices");
  await expect(page.locator("main form")).toBeVisible({ timeout: 60_000 });
  await page.getByRole("banner").getByRole("button", { name: "Share" }).click();
  const button = page.getByRole("banner").getByRole("button", { name: "Export PDF" });
  await expect(button).toBeEnabled();
  await page.waitForLoadState("networkidle");
  const beforeClick = [...scripts];
  expect(await scriptsWithRenderer(request, beforeClick), "renderer in the first-load JS of /review or a step").toEqual([]);

  const downloadPromise = page.waitForEvent("download");
  await button.click();
  const download = await downloadPromise;
  await expect(page.getByRole("banner").getByText(`${checklistFileName(plan.name)} was downloaded`)).toBeVisible();
  const afterClick = scripts.slice(beforeClick.length);
  expect((await scriptsWithRenderer(request, afterClick)).length, "renderer chunk loaded on click").toBeGreaterThan(0);

  expect(download.suggestedFilename()).toBe(checklistFileName(plan.name));
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = squash(pdftotext(file));
  const ports = [...report.ports.inbound, ...report.ports.outbound].map((p) => `${p.protocol.toUpperCase()} ${p.port}`);
  const expected = [
    plan.name,
    ...report.sizing.sites.map((s) => s.name),
    ...report.fqdns.map((f) => f.host),
    ...ports,
    ...report.findings.map((f) => f.title),
    ...report.checklist.map((c) => c.title),
  ];
  expect(expected.filter((needle) => !text.includes(squash(needle))), "missing from the PDF").toEqual([]);
  watch.expectClean();
});
