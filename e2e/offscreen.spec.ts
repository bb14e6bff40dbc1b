import { expect, test } from "@playwright/test";
import { layoutShift } from "./support/layout-shift";

// Their long parts are not laid out while off screen (components/ui/offscreen.ts). Chrome first lays such a part
// out at its placeholder height and then, having found it on the screen, at its own: on a part of the first screen
// that moved what stood below it (Lighthouse CLS 0.049 on /editions at 412 px). A new visitor, as Lighthouse loads.
test("the pages whose long parts skip layout off screen load without a layout shift at 390, 1280 and 1920 px", async ({
  page,
}) => {
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
    [1920, 1400],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const path of ["/editions", "/sources", "/review"]) {
      await page.goto(path);
      await expect(page.locator('html[data-locale-ready="true"]')).toBeAttached();
      if (path === "/review") await expect(page.locator("#checklist")).toHaveAttribute("aria-busy", "false");
      expect(await layoutShift(page), `${path} at ${width} px: cumulative layout shift`).toBeLessThan(0.001);
    }
  }
});
