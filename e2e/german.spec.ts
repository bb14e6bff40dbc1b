import { expect, test, type Page } from "@playwright/test";
import { STEP_SLUGS } from "./pages/wizard-page";
import { currentSaved } from "./support/plans";
import { watchPage } from "./support/watch";
import { axe } from "./support/axe";

// Issue 14: a newcomer with a German browser uses the whole product in German; a link made in German opens in
// German; the switch in the header changes the UI and the plan's language. Long German words must fit 390 px.
test.describe.configure({ timeout: 240_000 });
test.use({ locale: "de-DE" });

const GERMAN_STEPS = [
  "Umfang & Lizenzen",
  "Geräte & Plattformen",
  "Standorte & Dimensionierung",
  "Server",
  "Netzwerk",
  "Zertifikat",
  "Proxys",
];

async function expectGerman(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator("html")).toHaveAttribute("data-locale-ready", "true");
}

async function noSidewaysScroll(page: Page) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
}

test("a German browser gets the landing page, every step and the review in German, axe-clean, at 1280 and 390 px", async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  // Each page is loaded once and looked at in both widths (a resize reflows it; no second load).
  const bothWidths = async (name: string) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await noSidewaysScroll(page);
      await page.screenshot({ path: `reports/german-shots/${name}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  await expectGerman(page);
  await expect(page.getByRole("heading", { level: 1, name: "Microsoft Tunnel Gateway planen" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Sprache" })).toHaveValue("de");
  // The footer's sentences with values come formatted from the server for each language (AppShell).
  await expect(page.getByRole("contentinfo")).toContainText(
    "Anforderungen: Ausgaben der Microsoft-Seite bis 3. September 2026",
  );
  await bothWidths("landing");
  await page.getByRole("button", { name: "Neuen Plan beginnen" }).click();
  await expect(page).toHaveURL(/\/plan\/scope\/?$/);
  for (const [i, slug] of STEP_SLUGS.entries()) {
    await page.goto(`/plan/${slug}`);
    await expectGerman(page);
    await expect(page.locator("main [role=form]")).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(GERMAN_STEPS[i]!);
    // "Step n of 8" comes formatted from the server for each language too (i18n/every-locale.ts).
    await expect(page.getByText(`Schritt ${i + 1} von 8`, { exact: true })).toBeVisible();
    if (slug === "scope" || slug === "network") expect((await axe(page)).violations).toEqual([]);
    await bothWidths(`step-${i + 1}-${slug}`);
  }
  await page.goto("/review");
  await expectGerman(page);
  await expect(page.getByRole("heading", { level: 2, name: "Dimensionierung" })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole("heading", { level: 2, name: "Checkliste" })).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
  await bothWidths("review");
  // The new plan was made in German: its report, README and PDF are German too.
  expect((await currentSaved(page))?.plan.locale).toBe("de");
  watch.expectClean();
});

test("the header switch turns UI and plan to English and back; a German link opens in German in an English browser", async ({
  browser,
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  await page.goto("/plan/scope");
  await expectGerman(page);
  await expect(page.locator("main [role=form]")).toBeVisible({ timeout: 45_000 });
  await page.getByLabel("Planname").fill("Zweigstellen");
  await page.getByRole("combobox", { name: "Sprache" }).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scope & licensing");
  await expect.poll(async () => (await currentSaved(page))?.plan.locale).toBe("en");
  await page.getByRole("combobox", { name: "Language" }).selectOption("de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Umfang & Lizenzen");
  await expect.poll(async () => (await currentSaved(page))?.plan.locale).toBe("de");

  // Share the German plan with someone whose browser is English.
  await page.getByRole("banner").getByRole("button", { name: "Teilen" }).click();
  const url = await page.getByRole("banner").getByLabel("Freigabelink").inputValue();
  const english = await browser.newContext({ locale: "en-US" });
  const other = await english.newPage();
  await other.goto(url);
  await other.waitForURL(/\/review\/?$/);
  await expect(other.locator("html")).toHaveAttribute("lang", "de");
  await expect(other.getByRole("heading", { level: 2, name: "Checkliste" })).toBeVisible({ timeout: 45_000 });
  // German means A4, even in a browser whose region would print on US Letter.
  await expect(other.getByLabel("Papierformat").first()).toHaveValue("A4");
  await other.getByRole("combobox", { name: "Sprache" }).selectOption("en");
  await expect(other.getByRole("heading", { level: 2, name: "Checklist" })).toBeVisible();
  await english.close();
  watch.expectClean();
});
