import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
page.on("console", (m) => console.log("console", m.type(), m.text().slice(0, 500)));
page.on("pageerror", (e) => console.log("pageerror", e.message.slice(0, 800)));
await page.goto("http://127.0.0.1:3210/plan/scope/", { waitUntil: "networkidle" });
await page.waitForTimeout(3000);
console.log((await page.content()).length);
await browser.close();
