import { expect as baseExpect, test, type Page } from "@playwright/test";
import { defaultPlan } from "../lib/plan/defaults";
import { WizardPage } from "./pages/wizard-page";
import { LEGACY_KEY, savedByName, savedPlans, seedPlans } from "./support/plans";
import { watchPage } from "./support/watch";

// Two tabs and a server on two shared cores: give every wait room.
const expect = baseExpect.configure({ timeout: 30_000 });
const shared = { ...structuredClone(defaultPlan), name: "Shared plan", planningDate: "2026-11-28" };

/**
 * Two tabs of one browser on the same plan's devices step. A deaf second tab never hears of the first
 * tab's saves, as a tab asleep in the background: its listener runs before the app's and stops the event.
 */
async function twoTabs(page: Page, { deaf = false } = {}) {
  await seedPlans(page, [{ id: "sharedplan01", plan: shared }]);
  const a = new WizardPage(page);
  await a.goto("devices");
  const other = await page.context().newPage();
  if (deaf) await other.addInitScript(() => window.addEventListener("storage", (e) => e.stopImmediatePropagation()));
  const b = new WizardPage(other);
  await b.goto("devices");
  return { a, b, other };
}

test("a tab opened before the other saved takes the other's change over instead of overwriting it", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const watch = watchPage(page, baseURL!);
  const { a, b, other } = await twoTabs(page);
  await a.field("iOS/iPadOS devices").fill("4000");
  await expect(b.field("iOS/iPadOS devices")).toHaveValue("4000");
  await expect(other.getByRole("status").filter({ hasText: "updated with changes made in another tab" })).toBeVisible();
  await b.field("Android fully managed").fill("700");
  await expect(a.field("Android fully managed")).toHaveValue("700");
  expect((await savedByName(page, "Shared plan"))?.plan.devices).toMatchObject({ ios: 4000, androidFullyManaged: 700 });
  watch.expectClean();
});

test("two tabs editing the same plan: the second writer is asked, and can keep its change as a copy", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const watch = watchPage(page, baseURL!);
  const { a, b, other } = await twoTabs(page, { deaf: true });
  await a.field("iOS/iPadOS devices").fill("4000");
  await expect.poll(async () => (await savedByName(page, "Shared plan"))?.plan.devices.ios).toBe(4000);
  await b.field("Android fully managed").fill("700");
  const dialog = other.getByRole("alertdialog", { name: "This plan was changed in another tab" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep mine as a copy" })).toBeFocused();
  // Nothing of the other tab's was overwritten while the question is open.
  expect((await savedByName(page, "Shared plan"))?.plan.devices).toMatchObject({ ios: 4000, androidFullyManaged: 0 });
  await other.keyboard.press("Escape");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep mine as a copy" }).click();
  await expect(dialog).toBeHidden();
  expect((await savedByName(page, "Shared plan (this tab)"))?.plan.devices).toMatchObject({
    ios: 0,
    androidFullyManaged: 700,
  });
  expect((await savedByName(page, "Shared plan"))?.plan.devices).toMatchObject({ ios: 4000, androidFullyManaged: 0 });
  await other.goto("/");
  await expect(other.getByRole("region", { name: "Your plans" }).getByRole("heading", { level: 3 })).toHaveText([
    "Shared plan (this tab)",
    "Shared plan",
  ]);
  watch.expectClean();
});

test("…or take the other tab's version", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const watch = watchPage(page, baseURL!);
  const { a, b, other } = await twoTabs(page, { deaf: true });
  await a.field("iOS/iPadOS devices").fill("4000");
  await expect.poll(async () => (await savedByName(page, "Shared plan"))?.plan.devices.ios).toBe(4000);
  await b.field("Android fully managed").fill("700");
  await other.getByRole("button", { name: "Use the other tab's version" }).click();
  await expect(b.field("iOS/iPadOS devices")).toHaveValue("4000");
  await expect(b.field("Android fully managed")).toHaveValue("0");
  expect(await savedPlans(page)).toHaveLength(1);
  watch.expectClean();
});

test("an unreadable saved plan never swallows typing: the user is told and the typing is saved as a new plan", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const watch = watchPage(page, baseURL!);
  await page.addInitScript(
    (key) =>
      !sessionStorage.getItem("seeded") &&
      (localStorage.setItem(key, "{broken json"), sessionStorage.setItem("seeded", "1")),
    LEGACY_KEY,
  );
  const wizard = new WizardPage(page);
  await wizard.goto("scope");
  await expect(
    page.getByRole("alert").filter({ hasText: "The plan you last worked on could not be opened" }),
  ).toBeVisible();
  await wizard.field("Plan name").fill("Typed anyway");
  await expect.poll(async () => (await savedByName(page, "Typed anyway"))?.plan.name).toBe("Typed anyway");
  await page.reload();
  await wizard.ready();
  await expect(wizard.field("Plan name")).toHaveValue("Typed anyway");

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "A saved plan could not be opened" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export raw data" }).click();
  expect((await import("node:fs")).readFileSync(await (await download).path(), "utf8")).toBe("{broken json");
  await page.getByRole("button", { name: "Delete this data" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { name: "A saved plan could not be opened" })).toHaveCount(0);
  watch.expectClean();
});

test("wrongly shaped drafts in storage no longer crash the steps: the user is told, the steps work", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const watch = watchPage(page, baseURL!);
  await seedPlans(page, [
    {
      id: "badrafts0001",
      plan: { ...shared, name: "Odd drafts" },
      drafts: {
        sites: { sites: "Frankfurt" },
        server: { server: { ssh: { sourceCidrs: "10.0.0.0/8" } } },
        network: { network: { internalCidrs: { a: 1 }, dnsServers: 5 } },
        certificate: { tls: { subjectNames: [1, 2] } },
      },
    },
  ]);
  const wizard = new WizardPage(page);
  for (const slug of ["sites", "server", "network", "certificate"] as const) {
    await wizard.goto(slug);
    await expect(page.getByText("This page couldn't load")).toHaveCount(0);
  }
  await expect(page.getByRole("alert").filter({ hasText: "Some unsaved entries could not be read" })).toContainText(
    "tls.subjectNames",
  );
  await wizard.addChip("Certificate names", "tunnel.contoso.com");
  await expect
    .poll(async () => (await savedByName(page, "Odd drafts"))?.plan.tls.subjectNames)
    .toEqual(["tunnel.contoso.com"]);
  watch.expectClean();
});
