import { expect, test, type Locator, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Plan } from "../lib/plan/schema";
import { reviewComplete } from "./pages/review-page";
import { seedPlans } from "./support/plans";
import { watchPage } from "./support/watch";

// Issue 16 item 7: the PDF for the change board: "Checklist only" next to the full PDF with appendix,
// and a cover with the sites and the open blockers. Rendering on two shared cores takes a while.
test.describe.configure({ timeout: 240_000 });

const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, "");
// The fixture file as the app stores it; the app itself validates it on load (state/restore.ts).
const plan = JSON.parse(readFileSync("lib/__fixtures__/blockers.tunnelplan.json", "utf8"));

async function exportPdf(page: Page, button: Locator): Promise<string> {
  const download = page.waitForEvent("download");
  await button.click();
  const file = await (await download).path();
  return squash(execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

test("Checklist only from the review toolbar: cover with sites and open blockers, then the checklist; the share menu shows the same setting", async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  await seedPlans(page, [{ id: "blockersplan1", plan: plan as Plan }]);
  await page.goto("/review");
  await expect(page.getByTestId("findings-blocker")).toBeVisible({ timeout: 45_000 });
  await reviewComplete(page);
  // The review lists the same report the PDF prints: its blockers and checklist are the expectation.
  const blockers = (await page.getByTestId("findings-blocker").locator("li h4").allInnerTexts()).map((t) =>
    t.replace(/^.*?Blocker:\s*/s, ""),
  );
  const checklist = await page.locator("#checklist li label").allInnerTexts();
  expect(blockers.length).toBeGreaterThan(3);
  expect(checklist.length).toBeGreaterThan(10);

  const toolbar = page.getByRole("toolbar", { name: "Review actions" });
  await expect(toolbar.getByLabel("Contents")).toHaveValue("full");
  await toolbar.getByLabel("Contents").selectOption({ label: "Checklist only" });
  const text = await exportPdf(page, toolbar.getByRole("button", { name: "Export PDF" }));
  expect(text).toContain(squash("Deployment checklist (checklist only)"));
  expect(text).toContain(squash(`Sites (1) Site Devices Servers Public address ${plan.sites[0]!.name}`));
  expect(text).toContain(squash(plan.sites[0]!.publicAddress));
  expect(text).toContain(squash(`Open blockers (${blockers.length})`));
  for (const title of blockers) expect(text).toContain(squash(title));
  for (const title of checklist) expect(text).toContain(squash(title));
  expect(text).not.toContain(squash("Appendix: generated files"));
  expect(text).not.toContain(squash("FQDN allowlist"));

  // The share menu's PDF row follows the same setting (its full export is e2e/pdf.spec.ts's download).
  await page.getByRole("button", { name: "Share" }).click();
  const menu = page.getByRole("region", { name: "Share this plan" });
  await expect(menu.getByLabel("Contents")).toHaveValue("checklist");
  watch.expectClean();
});
