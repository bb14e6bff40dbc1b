import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

/**
 * Exports the checklist PDF from the review toolbar the way a user does: pointing at Export PDF starts the PDF
 * worker (its script must come from this origin's /_next/static/), the click downloads a real PDF.
 */
export async function exportPdfFromReview(page: Page): Promise<void> {
  const exportButton = page.getByRole("toolbar", { name: "Review actions" }).getByRole("button", { name: "Export PDF" });
  const workerStarted = page.waitForEvent("worker", { timeout: 60_000 });
  await exportButton.hover();
  expect(new URL((await workerStarted).url()).pathname).toMatch(/^\/_next\/static\//);
  const download = page.waitForEvent("download");
  await exportButton.click();
  expect(readFileSync(await (await download).path()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
}
