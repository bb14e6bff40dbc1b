import { expect, test, type Page } from "@playwright/test";
import { WizardPage } from "./pages/wizard-page";
import { currentSaved } from "./support/plans";
import { watchPage } from "./support/watch";
import { axe } from "./support/axe";

// Issue 16 item 9: rules that compare two fields (lib/plan/consistency.ts) show at the field on the
// step that edits it, while the user types, not only as a blocked save or in the engine.
test.describe.configure({ timeout: 180_000 });

const savedPlan = async (page: Page) => (await currentSaved(page))!.plan;

test("5,000 Android devices below version 10 out of 4,000 Android devices is refused at the field", async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  const wizard = new WizardPage(page);
  await wizard.goto("devices");
  await wizard.field("Android fully managed").fill("4000");
  const below10 = wizard.field("Android devices below version 10");
  await below10.fill("5000");
  const error = wizard.errorOf("field-devices-android-below10");
  await expect(error).toHaveText(
    "Android devices below version 10: 5,000 is more than the 4,000 Android devices entered above. These devices are part of them, so enter 4,000 or fewer.",
  );
  await expect(below10).toHaveAttribute("aria-invalid", "true");
  await expect(below10).toHaveAttribute("aria-describedby", /field-devices-android-below10-error/);
  await expect(page.getByText(/Not saved in the plan yet/)).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
  // Raising the Android count (another field) clears it while typing.
  await wizard.field("Android corporate work profile").fill("1000");
  await expect(error).toHaveCount(0);
  await expect(below10).not.toHaveAttribute("aria-invalid", "true");
  await expect
    .poll(async () => (await savedPlan(page)).devices)
    .toMatchObject({ androidFullyManaged: 4000, androidCorporateWorkProfile: 1000, androidBelow10: 5000 });
  watch.expectClean();
});

test("sites: the sum, a missing count, a taken name and a taken public address show at their fields", async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  const wizard = new WizardPage(page);
  await wizard.goto("devices");
  await wizard.field("iOS/iPadOS devices").fill("3000");
  await wizard.field("Android fully managed").fill("1000");
  await page.getByRole("link", { name: "Sites & sizing" }).click();
  await wizard.ready();
  await page.getByRole("button", { name: "Add site" }).click();
  const first = page.getByRole("group", { name: /^Site 1/ });
  const second = page.getByRole("group", { name: /^Site 2/ });
  await first.getByLabel("Public address").fill("tunnel.contoso.com");

  await first.getByLabel("Devices at this site").fill("2500");
  const sumError = page.locator('[id="field-sites-error"]');
  await expect(sumError).toHaveText(
    "Devices at the sites: the sites serve 2,500 devices, 1,500 fewer than the 4,000 devices entered on step 2, Devices & platforms. Assign the remaining 1,500 to a site.",
  );
  await expect(first.getByLabel("Devices at this site")).toHaveAttribute("aria-describedby", /field-sites-error/);
  await second.getByLabel("Devices at this site").fill("");
  await expect(
    second.getByText(
      "Devices at this site: enter how many devices this site serves. With several sites, each site needs its number.",
    ),
  ).toBeVisible();
  await second.getByLabel("Devices at this site").fill("1500");
  await expect(sumError).toHaveCount(0);

  await second.getByLabel("Site name").fill("primary");
  await expect(
    second.getByText("Site name: site 1 is already called Primary. Give each site its own name."),
  ).toBeVisible();
  await expect(second.getByLabel("Site name")).toHaveAttribute("aria-invalid", "true");
  await second.getByLabel("Public address").fill("TUNNEL.contoso.com");
  await expect(
    second.getByText("Public address: site 1 already uses tunnel.contoso.com. Each site needs its own public address."),
  ).toBeVisible();
  // The list under the form names the same problems with links to their fields.
  await expect(page.getByTestId("cross-issues")).toContainText("Site 2 · Site name: site 1 is already called Primary.");
  expect((await axe(page)).violations).toEqual([]);

  await second.getByLabel("Site name").fill("Branch");
  await second.getByLabel("Public address").fill("branch.contoso.com");
  await expect(page.getByText("Saved in this browser.")).toBeVisible();
  await expect
    .poll(async () => (await savedPlan(page)).sites.map((s) => [s.name, s.devices]))
    .toEqual([
      ["Primary", 2500],
      ["Branch", 1500],
    ]);
  watch.expectClean();
});
