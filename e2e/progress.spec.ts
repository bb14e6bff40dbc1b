import { readFileSync } from "node:fs";
import { expect as baseExpect, test } from "@playwright/test";
import { parseShareUrl } from "../lib/share/url";
import { loadFixture } from "./pages/review-page";
import { currentSaved, seedPlans } from "./support/plans";
import { watchPage } from "./support/watch";
import { axe } from "./support/axe";

// A server and a browser on two shared cores: give every wait room.
const expect = baseExpect.configure({ timeout: 30_000 });

const today = new Date().toISOString().slice(0, 10);
const longDate = new Date(`${today}T00:00:00Z`).toLocaleDateString("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

test("checklist progress travels: ticks with name and date go into the plan file and open in a colleague's browser", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const watch = watchPage(page, baseURL!);
  const { plan, report } = loadFixture("contoso-single-site");
  await seedPlans(page, [{ id: "handoverplan1", plan }]);
  await page.goto("/review");
  const checklist = page.getByRole("region", { name: "Checklist" });
  await checklist.getByLabel("Your name").fill("Anna Admin");
  const first = report.checklist.find((i) => i.id === "azure-subscription")!.title;
  const second = report.checklist.find((i) => i.id === "ip-forward")!.title;
  await checklist.getByLabel(first).check();
  await checklist.getByLabel(second).check();
  await expect(checklist.getByTestId("checklist-done")).toHaveText([
    `Done by Anna Admin on ${longDate}`,
    `Done by Anna Admin on ${longDate}`,
  ]);
  expect((await currentSaved(page))?.plan.progress).toEqual({
    "azure-subscription": { done: true, by: "Anna Admin", on: today },
    "ip-forward": { done: true, by: "Anna Admin", on: today },
  });
  expect((await axe(page, "#checklist")).violations).toEqual([]);

  // CSV by owner for Excel / Planner.
  const csvDownload = page.waitForEvent("download");
  await checklist.getByRole("button", { name: "Export checklist (CSV)" }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toBe("contoso-rollout-checklist.csv");
  const csv = readFileSync(await csvFile.path(), "utf8");
  expect(csv.startsWith("\uFEFFOwner,Phase,Task,Details,Status,Done by,Done on,Source\r\n")).toBe(true);
  expect(csv).toContain(`,Done,Anna Admin,${today},`);
  expect(csv.split("\r\n").filter((l) => l.includes(",Done,Anna Admin,"))).toHaveLength(2);

  // The share link leaves the ticks out unless asked.
  await page.getByRole("banner").getByRole("button", { name: "Share" }).click();
  const link = page.getByLabel("Share link");
  const without = parseShareUrl(await link.inputValue());
  expect(without.ok && without.plan.progress).toEqual({});
  await page.getByLabel(/Include checklist progress \(2 ticked items/).check();
  const withTicks = parseShareUrl(await link.inputValue());
  expect(withTicks.ok && Object.keys(withTicks.plan.progress)).toEqual(["azure-subscription", "ip-forward"]);

  // The plan file always carries them.
  const download = page.waitForEvent("download");
  await page.getByRole("banner").getByRole("button", { name: "Export plan" }).click();
  const file = await download;
  const text = readFileSync(await file.path(), "utf8");
  expect(JSON.parse(text).progress["ip-forward"]).toEqual({ done: true, by: "Anna Admin", on: today });

  const context = await browser.newContext({ baseURL });
  const colleague = await context.newPage();
  const colleagueWatch = watchPage(colleague, baseURL!);
  await colleague.goto("/");
  await expect(colleague.getByRole("heading", { name: "Your plans" })).toBeVisible();
  await colleague
    .getByLabel("Choose a plan file")
    .setInputFiles({ name: file.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(text) });
  await colleague.waitForURL(/\/review\/?$/);
  const theirs = colleague.getByRole("region", { name: "Checklist" });
  await expect(theirs.getByLabel(first)).toBeChecked();
  await expect(theirs.getByLabel(second)).toBeChecked();
  await expect(theirs.getByTestId("checklist-done")).toHaveText([
    `Done by Anna Admin on ${longDate}`,
    `Done by Anna Admin on ${longDate}`,
  ]);
  // The colleague ticks the next item under their own name; Anna's stay as they were.
  await theirs.getByLabel("Your name").fill("Ben Network");
  const third = report.checklist.find((i) => i.id === "inbound-ports")!.title;
  await theirs.getByLabel(third).check();
  expect((await currentSaved(colleague))?.plan.progress).toMatchObject({
    "ip-forward": { by: "Anna Admin" },
    "inbound-ports": { done: true, by: "Ben Network", on: today },
  });
  colleagueWatch.expectClean();
  await context.close();
  watch.expectClean();
});
