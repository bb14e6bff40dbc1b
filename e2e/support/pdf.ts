import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

/**
 * Exports the checklist PDF from the review toolbar the way a user does: the PDF worker starts once the page is idle
 * or when the pointer reaches Export PDF, whichever comes first (its script must come from this origin's
 * /_next/static/); the click downloads a real PDF.
 */
export async function exportPdfFromReview(page: Page): Promise<void> {
  const exportButton = page
    .getByRole("toolbar", { name: "Review actions" })
    .getByRole("button", { name: "Export PDF" });
  await exportButton.hover();
  const worker = page.workers()[0] ?? (await page.waitForEvent("worker", { timeout: 60_000 }));
  expect(new URL(worker.url()).pathname).toMatch(/^\/_next\/static\//);
  const download = page.waitForEvent("download");
  await exportButton.click();
  expect(
    readFileSync(await (await download).path())
      .subarray(0, 5)
      .toString("latin1"),
  ).toBe("%PDF-");
}
