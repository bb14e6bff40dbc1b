import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const base = process.env.BASE ?? "http://127.0.0.1:3210";
const out = process.env.OUT ?? "/work/shots";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const shots = JSON.parse(process.argv[2]);
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: { width: s.width ?? 1280, height: s.height ?? 900 }, locale: s.locale ?? "en-US" });
  if (s.plan) {
    const plan = JSON.parse(readFileSync(s.plan, "utf8"));
    await ctx.addInitScript(([key, value]) => { if (!sessionStorage.getItem("seeded")) { localStorage.setItem(key, value); sessionStorage.setItem("seeded", "1"); } }, ["tunnel-planner:v1", JSON.stringify({ state: { plan, updatedAt: "2026-11-30T10:00:00.000Z", progress: {}, drafts: {} }, version: 1 })]);
  }
  const page = await ctx.newPage();
  await page.goto(base + s.path, { waitUntil: "networkidle" });
  if (s.wait) await page.getByText(s.wait).first().waitFor({ timeout: 60000 });
  if (s.click) { await page.getByRole("button", { name: s.click }).click(); await page.waitForTimeout(300); }
  if (s.scroll) { await page.locator(s.scroll).scrollIntoViewIfNeeded(); }
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${s.name}.png`, fullPage: s.full ?? false });
  await ctx.close();
}
await browser.close();
