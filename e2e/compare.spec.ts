import { expect as baseExpect, test, type Page } from "@playwright/test";
import type { Plan } from "../lib/plan/schema";
import { evaluatePlan } from "../lib/report/evaluate";
import { loadFixture } from "./pages/review-page";
import { seedPlans } from "./support/plans";
import { watchPage } from "./support/watch";
import { axe } from "./support/axe";

// A server and a browser on two shared cores: give every wait room.
const expect = baseExpect.configure({ timeout: 30_000 });

const today = new Date().toISOString().slice(0, 10);
const n = (v: number) => v.toLocaleString("en-US");

/** Three variants of one rollout: as planned, with a second site, and on Ubuntu with more devices. */
function variants(): Plan[] {
  const a = loadFixture("contoso-single-site").plan;
  const b = structuredClone(a);
  b.name = "Contoso – two sites";
  b.sites = [
    { ...a.sites[0]!, devices: 3000 },
    { ...a.sites[0]!, name: "Berlin", publicAddress: "tunnel-ber.contoso.com", devices: 2000 },
  ];
  const c = structuredClone(a);
  c.name = "Contoso – Ubuntu";
  c.server.distro = "ubuntu-22.04";
  c.devices.ios = 9000;
  return [a, b, c];
}

const ids = ["variantaaaaa", "variantbbbbb", "variantccccc"];

async function openCompare(page: Page) {
  await seedPlans(
    page,
    variants().map((plan, i) => ({ id: ids[i]!, plan, updatedAt: `2026-11-2${i + 1}T10:00:00.000Z` })),
  );
  await page.goto("/");
  for (const name of ["Contoso rollout", "Contoso – two sites", "Contoso – Ubuntu"])
    await page.getByLabel(`Compare “${name}”`).check();
  await page.getByRole("button", { name: "Compare selected plans" }).click();
  await expect(page).toHaveURL(/\/compare\/?#/);
  await expect(page.getByRole("heading", { level: 1, name: "Compare plans" })).toBeVisible();
}

test("three variants side by side: totals, sites, OS, findings and file diffs match the engine", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const watch = watchPage(page, baseURL!);
  await openCompare(page);
  const plans = variants();
  const reports = plans.map((p) => evaluatePlan(p, { today }));

  const totals = page.getByRole("table", { name: "Totals per plan" });
  await expect(totals.getByRole("columnheader")).toHaveText([
    "Measure",
    "A: Contoso rollout",
    "B: Contoso – two sites",
    "C: Contoso – Ubuntu",
  ]);
  await expect(totals.getByRole("row", { name: /^Servers/ }).getByRole("cell")).toHaveText(
    reports.map((r) => n(r.sizing.totals.servers)),
  );
  await expect(totals.getByRole("row", { name: /^CPUs/ }).getByRole("cell")).toHaveText(
    reports.map((r) => n(r.sizing.totals.cpus)),
  );
  await expect(totals.getByRole("row", { name: /^Memory/ }).getByRole("cell")).toHaveText(
    reports.map((r) => `${n(r.sizing.totals.memoryGb)} GB`),
  );
  await expect(totals.getByRole("row", { name: /^Disk/ }).getByRole("cell")).toHaveText(
    reports.map((r) => `${n(r.sizing.totals.diskGb)} GB`),
  );

  const sites = page.getByRole("table", { name: "Per site (sites matched by name)" });
  const berlin = sites.getByRole("row", { name: /^Berlin/ }).getByRole("cell");
  await expect(berlin.nth(0)).toHaveText("not in this plan");
  const b = reports[1]!.sizing.sites[1]!;
  await expect(berlin.nth(1)).toHaveText(
    `${b.servers} servers, ${n(b.servers * b.cpusPerServer)} CPUs, ${n(b.servers * b.memoryGbPerServer)} GB memory, ${n(b.servers * b.diskGbPerServer)} GB disk`,
  );

  const os = page.getByRole("table", { name: "Distribution, container runtime and support status" });
  await expect(os.getByRole("row", { name: /^Distribution/ }).getByRole("cell")).toHaveText([
    /Red Hat Enterprise Linux/,
    /Red Hat Enterprise Linux/,
    "Ubuntu 22.04",
  ]);
  await expect(os.getByRole("row", { name: /^Container runtime/ }).getByRole("cell")).toHaveText([
    /^Podman/,
    /^Podman/,
    /^Docker/,
  ]);

  const findings = page.getByRole("table", { name: "Which finding appears in which plan" });
  const all = new Set(reports.flatMap((r) => r.findings.map((f) => `${f.id}|${f.field}`)));
  await expect(findings.locator("tbody tr")).toHaveCount(all.size);
  const onlyB = reports[1]!.findings.find(
    (f) => !reports[0]!.findings.some((g) => g.id === f.id && g.field === f.field),
  );
  if (onlyB)
    await expect(
      findings
        .getByRole("row", { name: new RegExp(onlyB.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
        .first()
        .getByRole("cell"),
    ).toHaveText([/No$/, /Yes$/, /(Yes|No)$/]);

  const files = page.getByTestId("compare-file");
  const changed = files.filter({ hasText: "Differs" }).first();
  const path = (await changed.getAttribute("data-path"))!;
  const diffRegion = page.getByRole("region", { name: `Differences in ${path} from A to B` });
  await expect(diffRegion).toBeHidden();
  await changed.getByRole("button", { name: `Show the differences in ${path}` }).click();
  await expect(changed.getByRole("button", { name: `Hide the differences in ${path}` })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expect(
    diffRegion.or(page.getByRole("region", { name: `Differences in ${path} from A to C` })).first(),
  ).toBeVisible();
  await expect(changed.locator("ins, del").first()).toBeVisible();

  expect((await axe(page)).violations).toEqual([]);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `reports/workflow-shots/compare-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `the compare page scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
  }
  watch.expectClean();
});

test("compare prints every diff and no controls, and works by keyboard", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const watch = watchPage(page, baseURL!);
  await openCompare(page);
  const firstDiff = page.getByTestId("compare-file").filter({ hasText: "Differs" }).first();
  const path = (await firstDiff.getAttribute("data-path"))!;
  const button = firstDiff.getByRole("button", { name: `Show the differences in ${path}` });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(firstDiff.getByRole("button", { name: `Hide the differences in ${path}` })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(button).toHaveAttribute("aria-expanded", "false");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("group", { name: "Plans to compare" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  const diffs = page.locator("figure");
  expect(await diffs.count()).toBeGreaterThan(0);
  for (const d of await diffs.all()) await expect(d).toBeVisible();
  await page.screenshot({ path: "reports/workflow-shots/compare-print.png", fullPage: true });

  // Picking plans by keyboard: unticking one leaves two, still a comparison.
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("group", { name: "Plans to compare" }).getByLabel("Contoso – Ubuntu").focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("table", { name: "Totals per plan" }).getByRole("columnheader")).toHaveCount(3);
  await expect(page).toHaveURL(/#variantaaaaa,variantbbbbb$/);
  watch.expectClean();
});
