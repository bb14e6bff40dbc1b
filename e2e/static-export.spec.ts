// The static export (out/, served by a plain file server) where it differs from `next start`: every route is a
// folder with index.html (trailing slashes), deep links load directly, assets and the 404 page are files, and the
// Content-Security-Policy arrives as a <meta> tag (a static host sends no headers of its own). Runs only with
// E2E_STATIC=1 (playwright.config.ts); every other spec covers the app's behaviour against `next start`.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { defaultPlan } from "../lib/plan/defaults";
import { encodeShareFragment } from "../lib/share/codec";
import { firstLoadScripts } from "../scripts/build/scripts-after-paint.mjs";
import { inlineSources } from "../scripts/security/headers.mjs";
import { STEP_SLUGS } from "./pages/wizard-page";
import { exportPdfFromReview } from "./support/pdf";
import { recordViolations, watchPage } from "./support/watch";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const ROUTES = ["/", "/open/", "/review/", ...STEP_SLUGS.map((s) => `/plan/${s}/`)];

function metaPolicy(html: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html);
  expect(meta, "the page carries a <meta> Content-Security-Policy").not.toBeNull();
  expect(html.indexOf(meta![0]), "the policy comes before every script").toBeLessThan(html.indexOf("<script"));
  return meta![1]!.replace(/&quot;/g, '"');
}

function expectHashedOnly(html: string, route: string) {
  const policy = metaPolicy(html);
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(policy, "frame-ancestors is ignored in <meta>; the README has the header").not.toContain("frame-ancestors");
  const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  const { scripts } = inlineSources(html);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts)
    expect(scriptSrc, `${route}: an inline script is not in the policy`).toContain(hash(script));
}

test("every route is a folder whose index.html loads directly and carries a hash-only <meta> policy", async ({
  request,
}) => {
  for (const route of ROUTES) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/html");
    expectHashedOnly(await response.text(), route);
  }
  const missing = await request.get("/no-such-page/");
  expect(missing.status()).toBe(404);
  expectHashedOnly(await missing.text(), "404.html");
});

test("assets are plain files: fonts for the PDF, icons, build chunks", async ({ request }) => {
  const font = await request.get("/fonts/DejaVuSans.ttf");
  expect(font.status()).toBe(200);
  expect(font.headers()["content-type"]).toBe("font/ttf");
  expect((await request.get("/favicon.svg")).status()).toBe(200);
  const html = await (await request.get("/review/")).text();
  const chunk = firstLoadScripts(html).find((src) => src.startsWith("/_next/static/"));
  expect(chunk).toBeDefined();
  expect((await request.get(chunk!)).status()).toBe(200);
});

test("links and navigation keep trailing slashes; deep links and a share link open directly; nothing breaks the policy", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const watch = watchPage(page, baseURL!);
  const violations = await recordViolations(page);
  await page.goto("/");
  await page.getByRole("button", { name: "Start a new plan" }).click();
  await page.waitForURL(/\/plan\/scope\/$/);
  await page.getByLabel("Plan name", { exact: true }).fill("Static host");
  await page
    .getByRole("link", { name: /Devices/ })
    .first()
    .click();
  await page.waitForURL(/\/plan\/devices\/$/);
  await page.reload();
  await expect(page.locator("main [role=form]")).toBeVisible();

  await page.goto("/plan/sites/");
  await expect(page.locator("main [role=form]")).toBeVisible();
  await page.goto("/review/");
  await expect(page.locator("main")).toContainText("Static host");

  const shared = structuredClone(defaultPlan);
  shared.name = "Shared to a static host";
  await page.goto("/");
  await page.evaluate(() => localStorage.clear());
  await page.goto(`/open/#${encodeShareFragment(shared)}`);
  await page.waitForURL(/\/review\/$/);
  await expect(page.locator("main")).toContainText("Shared to a static host");
  await page.waitForLoadState("networkidle");
  expect(violations, "the app itself triggers no violation").toEqual([]);
  watch.expectClean();

  await page.addScriptTag({ content: "window.__injected = true;" }).catch(() => {});
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => violations.some((v) => v.startsWith("script-src"))).toBe(true);
});

test("the checklist PDF renders in its worker under the <meta> policy", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page, baseURL!);
  const violations = await recordViolations(page);
  const shared = structuredClone(defaultPlan);
  shared.name = "PDF from a static host";
  await page.goto(`/open/#${encodeShareFragment(shared)}`);
  await page.waitForURL(/\/review\/$/);
  // Its worker's chunks come from the export's own /_next/static/.
  await exportPdfFromReview(page);
  expect(violations, "no violation from the worker, its fonts or WebAssembly").toEqual([]);
  watch.expectClean();
});
