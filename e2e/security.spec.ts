// `next start` sends the security headers and a Content-Security-Policy that allows each page's own inline
// scripts by hash and nothing else inline; the app works under it (every other spec runs under it too, and
// watchPage fails on the console error a blocked script or style would log).
import { createHash } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { inlineSources } from "../scripts/security/headers.mjs";
import { STEP_SLUGS } from "./pages/wizard-page";
import { recordViolations, watchPage } from "./support/watch";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

async function expectSecured(response: APIResponse, path: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("no-referrer");
  expect(headers["x-frame-options"], path).toBe("DENY");
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, `${path} has a Content-Security-Policy`).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  const { scripts } = inlineSources(await response.text());
  expect(scripts.length, `${path} has inline scripts to check`).toBeGreaterThan(0);
  for (const script of scripts)
    expect(scriptSrc, `${path}: an inline script is not in the policy`).toContain(hash(script));
}

test("every page and the 404 page carry the security headers and a hash-only script policy", async ({ request }) => {
  for (const path of ["/", "/open", "/review", ...STEP_SLUGS.map((s) => `/plan/${s}`)]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    await expectSecured(response, path);
  }
  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  await expectSecured(missing, "/no-such-page");
  const asset = await request.get("/fonts/DejaVuSans.ttf");
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the app runs under the policy, and a script injected into the page does not", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page, baseURL!);
  const violations = await recordViolations(page);
  await page.goto("/");
  await page.getByRole("button", { name: "Start a new plan" }).click();
  await expect(page.locator("main [role=form]")).toBeVisible();
  // Once idle, the review starts the PDF worker and renders ahead: worker-src 'self' lets it load its chunks, fetch
  // the fonts and compile the layout engine's WebAssembly; a blocked worker would log a violation. (The download
  // itself is e2e/pdf.spec.ts's, under the same policy.)
  const worker = page.waitForEvent("worker", { timeout: 60_000 });
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  expect(new URL((await worker).url()).pathname).toMatch(/^\/_next\/static\//);
  await page.waitForLoadState("networkidle");
  expect(violations, "the app itself triggers no violation").toEqual([]);
  watch.expectClean();

  await page.addScriptTag({ content: "window.__injected = true;" }).catch(() => {});
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => violations.some((v) => v.startsWith("script-src"))).toBe(true);
});
