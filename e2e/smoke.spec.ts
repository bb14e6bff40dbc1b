import { expect, test } from "@playwright/test";
import { axe } from "./support/axe";
import { watchPage } from "./support/watch";

test("landing page shows the product and stays on its own origin", async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Plan your Microsoft Tunnel Gateway" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(
    "Requirements: editions of Microsoft's page up to September 3, 2026",
  );
  await expect(page.getByRole("link", { name: "Tunnel Planner" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  watch.expectClean();
});

// The page's RSC payload no longer carries the stylesheet's text (scripts/build/css-once.mjs): React must keep the
// <style> the HTML brought, through hydration and client navigation, or the app loses its styles.
test("the page keeps its one stylesheet through hydration and client navigation", async ({ page }) => {
  const sheets = () =>
    page.evaluate(() => [...document.querySelectorAll("style[data-href]")].map((s) => s.textContent?.length ?? 0));
  const headerBackground = () =>
    page.getByRole("banner").evaluate((header) => getComputedStyle(header).backgroundColor);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-locale-ready", "true");
  const [length] = await sheets();
  expect(length).toBeGreaterThan(10_000);
  const styled = await headerBackground();
  expect(styled).not.toBe("rgba(0, 0, 0, 0)");
  await page.getByRole("link", { name: "Sources of every requirement" }).click();
  await page.waitForURL(/\/sources$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await sheets()).toEqual([length]);
  expect(await headerBackground()).toBe(styled);
  await page.goBack();
  await page.waitForURL(/\/$/);
  expect(await sheets()).toEqual([length]);
});

// Every axe check in this suite goes through support/axe.ts (legacy mode, violations only): it must still see what
// is wrong, including a contrast failure and a problem inside an `include` scope.
test("the suite's axe check reports violations on a page that has them", async ({ page }) => {
  await page.goto("/");
  // Hydrated (the page loads its scripts after its first paint): React would replace a main it had not rendered.
  await expect(page.locator("html")).toHaveAttribute("data-locale-ready", "true");
  await page.evaluate(() => {
    const main = document.querySelector("main")!;
    // Styles through the CSSOM: the app's policy refuses inline style attributes.
    const faint = main.appendChild(document.createElement("p"));
    faint.textContent = "faint text";
    Object.assign(faint.style, { color: "#bbb", background: "#fff" });
    const img = main.appendChild(document.createElement("img"));
    img.id = "axe-img";
    img.src = "/favicon.svg";
  });
  const ids = (await axe(page)).violations.map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(["color-contrast", "image-alt"]));
  expect((await axe(page, "#axe-img")).violations.map((v) => v.id)).toEqual(["image-alt"]);
});
