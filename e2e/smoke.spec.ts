import { expect, test } from "@playwright/test";
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
