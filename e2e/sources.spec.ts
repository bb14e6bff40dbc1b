import { expect, test } from "@playwright/test";
import { SOURCES } from "@/lib/catalog/sources-registry";
import { factSources } from "@/lib/catalog/sources";
import { findQuote } from "@/lib/catalog/sources-quotes";
import { loadFixture, ReviewPage } from "./pages/review-page";
import { watchPage } from "./support/watch";
import { axe } from "./support/axe";

const { plan, report } = loadFixture("blockers");
const SHOTS = process.env.SOURCES_SCREENSHOTS;

test("a finding names its Microsoft Learn section, links to it and shows the sentence in German and English by keyboard", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const watch = watchPage(page, baseURL!);
  const review = new ReviewPage(page);
  await review.seed(plan);
  await review.goto();

  const finding = report.findings.find((f) => f.id === "bridge-overlap")!;
  const ref = finding.source![0]!;
  const item = page.locator(`li[data-finding-id="${finding.id}"]`);
  await expect(item).not.toContainText("facts#");
  const link = item.getByRole("link", { name: new RegExp(`^${ref.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
  await expect(link).toHaveAttribute(
    "href",
    "https://learn.microsoft.com/en-us/mem/intune/protect/microsoft-tunnel-prerequisites#default-bridge-network",
  );
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(item.getByRole("link", { name: /^About this source/ })).toHaveAttribute("href", /\/sources\/?#S0$/);

  const entry = factSources(finding.fact)!;
  const quote = findQuote(entry.fact, entry.cites[0]!.seedSection)!;
  const summary = item.getByText("Show the source sentence");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(item.locator('blockquote[lang="de"]')).toHaveText(quote.de);
  await expect(item.locator('blockquote[lang="en"]')).toHaveText(quote.en);
  if (SHOTS) await item.screenshot({ path: `${SHOTS}/source-disclosure.png` });

  const results = await axe(page, `li[data-finding-id="${finding.id}"]`);
  expect(results.violations).toEqual([]);
  // Sizing reasoning and generated file contents are other modules' text; findings and checklist are these references'.
  await expect(page.locator("#findings")).not.toContainText("facts#");
  await expect(page.locator("#checklist")).not.toContainText("facts#");
  watch.expectClean();
});

test("the footer links to /sources, which lists every source with what rests on it", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page, baseURL!);
  const review = new ReviewPage(page);
  await review.seed(plan);
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Sources of every requirement" }).click();
  await expect(page).toHaveURL(/\/sources\/?$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  await expect(page.getByTestId("source-entry")).toHaveCount(SOURCES.length);

  const s0 = page.locator("#S0");
  await expect(s0.getByRole("heading", { level: 2 })).toHaveText(
    "Prerequisites for Microsoft Tunnel in Intune (German page)",
  );
  await expect(s0).toContainText("id bridge-overlap");
  await expect(s0).toContainText("The container bridge overlaps a network the gateway must reach");
  const checklistItem = report.checklist.find((c) => c.source?.some((r) => r.id === "S0"))!;
  await expect(s0).toContainText(checklistItem.title);
  await expect(page.locator("#S18")).toContainText("CA/Browser Forum (industry standard)");
  await expect(page.locator("#S12")).toContainText("Community source (secondary, not official)");
  await expect(page.locator("#S12")).toContainText("Not publicly available");
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/sources-page.png` });
    await s0.screenshot({ path: `${SHOTS}/sources-s0-entry.png` });
  }

  const results = await axe(page);
  expect(results.violations).toEqual([]);
  await expect(page.locator("body")).not.toContainText("facts#");
  watch.expectClean();
});

test("field help in the wizard names its source instead of a fact number", async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  const review = new ReviewPage(page);
  await review.seed(plan);
  await page.goto("/plan/network/");
  // The form renders once the saved plan is read; two busy cores can take a while.
  await expect(page.getByLabel("Container bridge")).toBeVisible({ timeout: 60_000 });
  const field = page.locator('[data-field="field-network-bridge-cidr"]');
  await expect(
    field.getByRole("link", {
      name: /Microsoft Learn, Prerequisites for Microsoft Tunnel in Intune, section “Default bridge network”/,
    }),
  ).toBeVisible();
  await expect(page.locator("main")).not.toContainText("facts#");
  watch.expectClean();
});
