import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.goto("file:///work/wt/workflow/reports/workflow-shots/plan-list-390.png");
await page.setViewportSize({ width: 390, height: 1400 });
await page.screenshot({ path: "/tmp/pl390a.png", clip: { x: 0, y: 0, width: 390, height: 1400 } });
await browser.close();
