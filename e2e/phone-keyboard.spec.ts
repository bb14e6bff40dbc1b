import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { WizardPage } from "./pages/wizard-page";
import type { Plan } from "../lib/plan/schema";
import { seedPlans } from "./support/plans";
import { watchPage } from "./support/watch";
import { axe } from "./support/axe";

// Issue 16 item 5: what the review found on a phone (390 px) and by keyboard.
test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 390, height: 844 };

const fixture = (name: string) => JSON.parse(readFileSync(`lib/__fixtures__/${name}.tunnelplan.json`, "utf8"));
const findingTitle = (id: string): string => JSON.parse(readFileSync("lib/i18n/en/findings.json", "utf8"))[id].title;

/** Seeds the saved plan once per context; the app validates it on load (state/restore.ts). */
async function seed(page: Page, plan: unknown) {
  await seedPlans(page, [{ id: "phoneplan0001", plan: plan as Plan }]);
}

/** True when the element lies fully inside the viewport's width (nothing clipped at the right edge). */
const insideWidth = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
    }),
  );

test.describe("phone, 390 px", () => {
  test.use({ viewport: PHONE });

  test("the review tables show every site's servers and every port without sideways scrolling", async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL!);
    const plan = fixture("multi-site-large");
    await seed(page, plan);
    await page.goto("/review");
    const rows = page.getByTestId("sizing-table").locator("tbody tr");
    await expect(rows).toHaveCount(plan.sites.length);
    for (const [i, site] of (plan.sites as { name: string }[]).entries()) {
      await expect(rows.nth(i).getByRole("rowheader")).toHaveText(site.name);
      const servers = rows.nth(i).getByRole("cell").nth(2);
      await expect(servers).toBeVisible();
      await expect(servers).toContainText(/^\d+/);
    }
    expect(
      await insideWidth(page, '[data-testid="sizing-table"] tbody td, [data-testid="sizing-table"] tbody th'),
    ).not.toContain(false);
    expect(
      await insideWidth(
        page,
        '[data-testid="ports-inbound"] tbody td, [data-testid="ports-outbound"] tbody td, [data-testid="fqdn-table"] tbody td',
      ),
    ).not.toContain(false);
    // Each value carries its column's name on the card, drawn from data-label.
    const label = await rows
      .first()
      .getByRole("cell")
      .nth(2)
      .evaluate((el) => getComputedStyle(el, "::before").content);
    expect(label).toContain("Servers");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect((await axe(page)).violations).toEqual([]);
    watch.expectClean();
  });

  test("the live summary is one tap away above the form, before Next", async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL!);
    const wizard = new WizardPage(page);
    await wizard.goto("devices");
    await wizard.field("iOS/iPadOS devices").fill("5000");
    const glance = page.getByTestId("summary-glance");
    await expect(glance).toContainText("3 servers · no blockers");
    const link = glance.getByRole("link", { name: "Show the live summary" });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(link).toBeInViewport();
    const [linkBox, nextBox] = [await link.boundingBox(), await wizard.next().boundingBox()];
    expect(linkBox!.y).toBeLessThan(nextBox!.y);
    await link.click();
    await expect(wizard.summary).toBeFocused();
    await expect(wizard.summary).toBeInViewport();
    await expect(wizard.summary.getByTestId("summary-total-servers")).toHaveText("3");
    expect((await axe(page)).violations).toEqual([]);
    watch.expectClean();
  });
});

test("keyboard: after Next and Back, focus is on the new step's heading", async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  const wizard = new WizardPage(page);
  await wizard.goto("scope");
  await wizard.next().focus();
  await page.keyboard.press("Enter");
  await expect(wizard.heading()).toHaveText("Devices & platforms");
  await expect(wizard.heading()).toBeFocused();
  // The next Tab moves into the step, not back to the step list.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("nav[aria-label='Plan steps']"))).toBe(false);
  await wizard.back().focus();
  await page.keyboard.press("Enter");
  await expect(wizard.heading()).toHaveText("Scope & licensing");
  await expect(wizard.heading()).toBeFocused();
  watch.expectClean();
});

test("the live summary names the site of a finding and keeps later steps' blockers as 'to check on step N'", async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  // Two sites with public addresses and no certificate names yet: tls-name-mismatch (a blocker of step 6) for each site.
  const plan = {
    schemaVersion: 1,
    devices: { ios: 1000 },
    // Within the CA/Browser Forum's 200 days (facts#195), so the names are the only certificate blockers.
    tls: { validityDays: 198 },
    sites: [
      { name: "Berlin", devices: 600, publicAddress: "berlin.contoso.com" },
      { name: "Hamburg", devices: 400, publicAddress: "hamburg.contoso.com" },
    ],
  };
  const mismatch = [{ title: findingTitle("tls-name-mismatch") }];
  await seed(page, plan);
  const wizard = new WizardPage(page);
  await wizard.goto("devices");

  const later = wizard.summary.getByTestId("summary-later");
  await expect(
    later.filter({ hasText: `Blocker, to check on step 6 (Certificate): Berlin: ${mismatch[0]!.title}` }),
  ).toHaveCount(1);
  await expect(
    later.filter({ hasText: `Blocker, to check on step 6 (Certificate): Hamburg: ${mismatch[0]!.title}` }),
  ).toHaveCount(1);
  await expect(wizard.summary.getByTestId("summary-blockers")).toHaveText("No blockers");
  await expect(wizard.summary.getByTestId("summary-later-count")).toContainText("to check on later steps");

  await wizard.stepper.getByRole("link", { name: "Certificate" }).click();
  await wizard.ready();
  const reached = wizard.summary.getByTestId("summary-finding");
  await expect(reached.filter({ hasText: `Blocker: Berlin: ${mismatch[0]!.title}` })).toHaveCount(1);
  await expect(wizard.summary.getByTestId("summary-blockers")).toHaveText("2 blockers");
  // Going back does not hide them again: the certificate step has been reached in this tab.
  await wizard.stepper.getByRole("link", { name: "Devices & platforms" }).click();
  await wizard.ready();
  await expect(wizard.summary.getByTestId("summary-blockers")).toHaveText("2 blockers");
  expect((await axe(page)).violations).toEqual([]);
  watch.expectClean();
});

test.describe("one paper size for every PDF button", () => {
  test.use({ locale: "de-DE" });

  test("A4 outside the US; the toolbar and the share menu change the same setting", async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL!);
    await seed(page, fixture("minimal"));
    await page.goto("/review");
    const toolbar = page.getByRole("toolbar", { name: "Review actions" });
    await expect(toolbar.getByLabel("Paper size")).toHaveValue("A4");
    await toolbar.getByLabel("Paper size").selectOption("LETTER");
    await page.getByRole("button", { name: "Share" }).click();
    const menu = page.getByRole("region", { name: "Share this plan" });
    await expect(menu.getByLabel("Paper size")).toHaveValue("LETTER");
    await menu.getByLabel("Contents").selectOption({ label: "Checklist only" });
    await expect(toolbar.getByLabel("Contents")).toHaveValue("checklist");
    await page.reload();
    await expect(page.getByRole("toolbar", { name: "Review actions" }).getByLabel("Paper size")).toHaveValue("LETTER");
    watch.expectClean();
  });
});

test.describe("paper size in the US", () => {
  test.use({ locale: "en-US" });

  test("Letter by default for en-US", async ({ page }) => {
    await seed(page, fixture("minimal"));
    await page.goto("/review");
    await expect(page.getByRole("toolbar", { name: "Review actions" }).getByLabel("Paper size")).toHaveValue("LETTER");
  });
});
