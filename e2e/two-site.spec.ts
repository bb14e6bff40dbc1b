import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { Report } from "../lib/report/types";
import { LandingPage } from "./pages/landing-page";
import { expectReviewShows } from "./pages/review-page";
import { WizardPage } from "./pages/wizard-page";
import { watchPage } from "./support/watch";

// Issue 5, done when: a realistic two-site plan made from the landing page to the review, and
// every number on the review equals what the CLI reports for the same plan (its exported file).
test("a two-site plan made in the wizard reviews with exactly the CLI's numbers", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const watch = watchPage(page, baseURL!);
  const landing = new LandingPage(page);
  const wizard = new WizardPage(page);
  await landing.goto();
  await landing.startNew.click();
  await wizard.ready();
  await wizard.field("Plan name").fill("Northwind two sites");

  await wizard.stepper.getByRole("link", { name: /Devices & platforms$/ }).click();
  await wizard.ready();
  await wizard.field("iOS/iPadOS devices").fill("9000");
  await wizard.field("Android fully managed").fill("3000");

  await wizard.stepper.getByRole("link", { name: /Sites & sizing$/ }).click();
  await wizard.ready();
  const first = page.getByRole("group", { name: /^Site 1/ });
  await first.getByLabel("Site name").fill("Hamburg");
  await first.getByLabel("Public address").fill("vpn-ham.northwind.example");
  await page.getByRole("button", { name: "Add site" }).click();
  const second = page.getByRole("group", { name: /^Site 2/ });
  await second.getByLabel("Site name").fill("Munich");
  await second.getByLabel("Public address").fill("vpn-muc.northwind.example");
  await first.getByLabel("Devices at this site").fill("8000");
  await second.getByLabel("Devices at this site").fill("4000");
  await expect(page.getByTestId("sites-sum")).toContainText("12,000 of 12,000");

  await wizard.stepper.getByRole("link", { name: /Network$/ }).click();
  await wizard.ready();
  await wizard.field("Internal networks").fill("10.20.0.0/16");
  await wizard.field("Internal networks").press("Enter");
  await expect(page.getByRole("button", { name: "Remove 10.20.0.0/16 from Internal networks" })).toBeVisible();

  await wizard.stepper.getByRole("link", { name: /Certificate$/ }).click();
  await wizard.ready();
  await wizard.field("Certificate names").fill("*.northwind.example");
  await wizard.field("Certificate names").press("Enter");
  await expect(page.getByRole("button", { name: "Remove *.northwind.example from Certificate names" })).toBeVisible();

  await wizard.stepper.getByRole("link", { name: /Review$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();

  // The same plan as a file, through the CLI.
  await page.getByRole("banner").getByRole("button", { name: "Share" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("banner").getByRole("button", { name: "Export plan" }).click(),
  ]);
  const file = await download.path();
  const plan = JSON.parse(readFileSync(file, "utf8"));
  expect(plan.sites.map((s: { name: string; devices: number }) => [s.name, s.devices])).toEqual([
    ["Hamburg", 8000],
    ["Munich", 4000],
  ]);
  await page.keyboard.press("Escape");
  const cli = spawnSync("node_modules/.bin/tsx", ["scripts/plan.ts", file], { encoding: "utf8", timeout: 120_000 });
  expect(cli.status, cli.stderr).toBe(0);
  const report = JSON.parse(cli.stdout) as Report;
  expect(report.sizing.sites).toHaveLength(2);

  await expectReviewShows(page, report);
  watch.expectClean();
});
