import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ baseURL: "http://127.0.0.1:41731", viewport: { width: 390, height: 900 } });
const fx = JSON.parse(readFileSync("lib/__fixtures__/contoso-single-site.tunnelplan.json", "utf8"));
const b = structuredClone(fx); b.name = "Contoso – two sites";
b.sites = [{ ...fx.sites[0], devices: 3000 }, { ...fx.sites[0], name: "Berlin", publicAddress: "tunnel-ber.contoso.com", devices: 2000 }];
const c = structuredClone(fx); c.name = "Contoso – Ubuntu"; c.server.distro = "ubuntu-22.04"; c.devices.ios = 9000;
const plans = [fx, b, c];
await page.addInitScript((plans) => {
  plans.forEach((p, i) => localStorage.setItem(`tunnel-planner:v2:plan:variant${"abc"[i]}aaaaaa`, JSON.stringify({ state: { plan: p, updatedAt: `2026-11-2${i}T10:00:00.000Z`, drafts: {} }, version: 2 })));
  localStorage.setItem("tunnel-planner:v2", JSON.stringify({ version: 2, current: "variantaaaaaaa" }));
}, plans);
await page.goto("/compare#variantaaaaaaa,variantbaaaaaa,variantcaaaaaa");
await page.getByRole("table", { name: "Totals per plan" }).waitFor();
const wide = await page.evaluate(() => [...document.querySelectorAll("body *")].filter((el) => {
  if (el.getBoundingClientRect().right <= 391) return false;
  for (let a = el.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return false;
  return true;
}).slice(0, 8).map((el) => `${el.tagName}.${el.className}`.slice(0, 120) + " " + Math.round(el.getBoundingClientRect().right)));
console.log(wide.join("\n"));
await page.screenshot({ path: "/tmp/cmp390-top.png" });
await browser.close();
