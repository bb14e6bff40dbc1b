import { expect, test, type Page, type Request } from "@playwright/test";
import { WizardPage } from "./pages/wizard-page";
import { watchPage } from "./support/watch";

/** The route payloads the page fetches (prefetches and navigations), by path. */
function recordRouteFetches(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (req: Request) => {
    const headers = req.headers();
    if (headers["rsc"] === "1" || new URL(req.url()).searchParams.has("_rsc")) paths.push(new URL(req.url()).pathname);
  });
  return paths;
}

test("links prefetch a page when the user points at or focuses them, not when they come into view", async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  const fetched = recordRouteFetches(page);
  const wizard = new WizardPage(page);
  await wizard.goto("devices");
  // The stepper, Back/Next, the header and the summary show ~30 links to 16 routes: none is fetched on sight.
  await page.waitForLoadState("networkidle");
  expect(fetched, "route payloads fetched before any intent").toEqual([]);

  await wizard.stepper.getByRole("link", { name: /Server/ }).hover();
  await expect.poll(() => fetched).toContain("/plan/server");
  await wizard.next().focus();
  await expect.poll(() => fetched).toContain("/plan/sites");
  expect(fetched, "only the routes the user showed intent for").not.toContain("/plan/proxies");

  await wizard.next().press("Enter");
  await expect(page).toHaveURL(/\/plan\/sites$/);
  await wizard.ready();
  await expect(wizard.heading()).toHaveText("Sites & sizing");
  watch.expectClean();
});
