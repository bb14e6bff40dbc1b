import { expect, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePlan, type Plan } from "@/lib/plan";
import { evaluatePlan } from "@/lib/report/evaluate";
import type { Report } from "@/lib/report/types";

const STORAGE_KEY = "tunnel-planner:v1";

/** A fixture plan and the report the engine gives for it (the numbers the page must show). */
export function loadFixture(name: string): { plan: Plan; report: Report } {
  const today = new Date().toISOString().slice(0, 10);
  const parsed = parsePlan(JSON.parse(readFileSync(path.join("lib", "__fixtures__", `${name}.tunnelplan.json`), "utf8")), { today });
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return { plan: parsed.value, report: evaluatePlan(parsed.value, { today }) };
}

/** The review at /review, with the saved plan seeded in the store's persisted format. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  /** Seeds localStorage once per context (a reload keeps what the app saved since). */
  async seed(plan: Plan) {
    const saved = JSON.stringify({ state: { plan, updatedAt: "2026-11-28T10:00:00.000Z", progress: {}, drafts: {} }, version: 1 });
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
