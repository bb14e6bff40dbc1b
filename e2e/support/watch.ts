import { expect, type Page } from "@playwright/test";

/** Records every request that leaves the app's origin and every console error, for privacy and health checks. */
export function watchPage(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const offOrigin: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) offOrigin.push(url);
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => consoleErrors.push(err.message));
  return {
    offOrigin,
    consoleErrors,
    expectClean() {
      expect(offOrigin, "requests that left the origin").toEqual([]);
      expect(consoleErrors, "console errors").toEqual([]);
    },
  };
}

/** Every Content-Security-Policy violation the page reports from now on, as "directive blocked-URI". */
export async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return violations;
}
