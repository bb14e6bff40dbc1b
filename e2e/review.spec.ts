import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { fieldHref } from "@/components/wizard/steps";
import { expectReviewShows, loadFixture, ReviewPage } from "./pages/review-page";
import { watchPage } from "./support/watch";
import { axe } from "./support/axe";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const { plan, report } = loadFixture("contoso-single-site");

test("review shows the engine's sizing, OS status, ports, FQDNs and findings for the contoso plan", async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  const review = new ReviewPage(page);
  await review.seed(plan);
  await review.goto();
  await expect(page.getByTestId("review-plan-name")).toHaveText(`Plan: ${plan.name}`);

  await expectReviewShows(page, report);
  await page.waitForLoadState("networkidle");
  watch.expectClean();
});

test("a finding's link opens the wizard step with its field", async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  const review = new ReviewPage(page);
  await review.seed(plan);
  await review.goto();
  const finding = report.findings.find((f) => f.field && fieldHref(f.field));
  if (!finding) throw new Error("the contoso fixture has no finding with a field");
  const href = fieldHref(finding.field)!;
  const link = page
    .locator(`li[data-finding-id="${finding.id}"]`)
    .getByRole("link", { name: /^Change .+ in the wizard$/ });
  // The static export serves every route with a trailing slash (trailingSlash: true), so
  // "/plan/network#x" and "/plan/network/#x" are the same target.
  const [path, hash] = href.split("#") as [string, string];
  const target = new RegExp(`${path}/?#${hash}$`);
  await expect(link).toHaveAttribute("href", new RegExp(`^${target.source}`));
  await link.click();
  await expect(page).toHaveURL(target);
  await expect(page.locator(`#${hash}`)).toBeVisible();
  watch.expectClean();
});

test("Copy and Download deliver each generated file byte for byte; Download all is a zip of every file", async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  const review = new ReviewPage(page);
  await review.seed(plan);
  await review.goto();
  expect(report.files.length).toBeGreaterThan(3);

  for (const file of report.files) {
    const item = review.fileItem(file.path);
    await item.getByRole("button", { name: `Copy ${file.path}` }).click();
    await expect(item.getByText(/^Copied .+ to the clipboard\.$/)).toBeVisible();
    expect(await review.clipboard(), `clipboard of ${file.path}`).toBe(file.content);
    const { name, bytes } = await review.download(item.getByRole("button", { name: `Download ${file.path}` }));
    expect(name).toBe(file.path.split("/").pop());
    expect(bytes.toString("utf8"), `download of ${file.path}`).toBe(file.content);
  }

  const { name, bytes } = await review.download(page.getByRole("button", { name: "Download all (zip)" }));
  expect(name).toBe("contoso-rollout-tunnel-files.zip");
  const entries = unzipSync(new Uint8Array(bytes));
  // Every generated file, plus the plan itself as "Export plan" saves it (issue 16).
  const planEntry = "contoso-rollout/tunnel-planner/contoso-rollout.tunnelplan.json";
  expect(Object.keys(entries).sort()).toEqual(
    [...report.files.map((f) => `contoso-rollout/${f.path.replace(/^\/+/, "")}`), planEntry].sort(),
  );
  for (const file of report.files)
    expect(strFromU8(entries[`contoso-rollout/${file.path.replace(/^\/+/, "")}`]!)).toBe(file.content);
  expect(JSON.parse(strFromU8(entries[planEntry]!))).toMatchObject({
    name: plan.name,
    planningDate: plan.planningDate,
  });
  await expect(
    page.getByText(`Downloaded contoso-rollout-tunnel-files.zip with ${report.files.length + 1} files.`),
  ).toBeVisible();
  watch.expectClean();
});

test("FQDN allowlist: Copy list and the four downloads hold the generated allowlists", async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  const review = new ReviewPage(page);
  await review.seed(plan);
  await review.goto();
  const content = (p: string) => report.files.find((f) => f.path === `tunnel-planner/${p}`)?.content;
  const section = review.section("FQDN allowlist");
  await section.getByRole("button", { name: "Copy list" }).click();
  await expect(section.getByText("Copied the FQDN list to the clipboard.")).toBeVisible();
  expect(await review.clipboard()).toBe(content("fqdn-allowlist.txt"));
  expect((await review.clipboard()).trim().split("\n")).toEqual(
    report.fqdns.map((f) => f.host).sort((a, b) => a.localeCompare(b)),
  );
  for (const file of ["fqdn-allowlist.txt", "fqdn-allowlist.csv", "fqdn-allowlist.json", "squid-mstunnel.conf"]) {
    const { name, bytes } = await review.download(section.getByRole("button", { name: `(${file})` }));
    expect(name).toBe(file);
    expect(bytes.toString("utf8")).toBe(content(file));
  }
  watch.expectClean();
});

test("a checklist tick is saved and survives a reload; the phase count follows", async ({ page }) => {
  const review = new ReviewPage(page);
  await review.seed(plan);
  await review.goto();
  const item = report.checklist[0]!;
  const phaseItems = report.checklist.filter((c) => c.phase === item.phase).length;
  const phase = page
    .getByTestId("checklist-phase")
    .filter({ has: page.getByRole("heading", { name: item.phase, exact: true }) });
  await expect(phase.getByTestId("checklist-progress")).toHaveText(`0 of ${phaseItems} done`);
  const box = page.getByRole("checkbox", { name: item.title, exact: true });
  await box.check();
  await expect(phase.getByTestId("checklist-progress")).toHaveText(`1 of ${phaseItems} done`);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: item.title, exact: true })).toBeChecked();
  await expect(phase.getByTestId("checklist-progress")).toHaveText(`1 of ${phaseItems} done`);
});

test("a never-edited plan still gets a full review of the defaults", async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  await page.goto("/review");
  await expect(page.getByText("You have not changed anything yet")).toBeVisible();
  // A plan without a name is called so, never "Plan: " with nothing after it.
  await expect(page.getByTestId("review-plan-name")).toHaveText("Plan: Unnamed plan");
  await expect(page.getByTestId("sizing-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("fqdn-table").locator("tbody tr").first()).toBeVisible();
  watch.expectClean();
});

// One load, both schemes: switching the colour scheme restyles the same page, so it need not load twice.
test("axe finds no violations on /review, light and dark", async ({ page }) => {
  test.setTimeout(180_000); // the whole report is one long page; axe needs time on a busy 2-core machine
  const review = new ReviewPage(page);
  await review.seed(plan);
  await review.goto();
  await page
    .getByRole("button", { name: /^Show the calculation for / })
    .first()
    .click();
  await page
    .getByRole("button", { name: /^Show contents / })
    .first()
    .click();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await axe(page);
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`),
      colorScheme,
    ).toEqual([]);
  }
});

test("the review draws its first screen at once, then ports, FQDNs, files and each checklist phase a frame apart", async ({
  page,
}) => {
  // Which animation frame each section and checklist phase first appeared in.
  await page.addInitScript(() => {
    const w = window as unknown as { frames_: number; seen: Record<string, number> };
    w.frames_ = 0;
    w.seen = {};
    const tick = () => {
      w.frames_ += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new MutationObserver(() => {
      for (const el of document.querySelectorAll("main section[id], [data-testid=checklist-phase]")) {
        const key = el.id || `phase ${el.querySelector("h3")?.textContent}`;
        if (!(key in w.seen)) w.seen[key] = w.frames_;
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const review = new ReviewPage(page);
  await review.seed(plan);
  await review.goto();
  const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, number> }).seen);
  const phases = [...new Set(report.checklist.map((c) => c.phase))];
  expect(Object.keys(seen).filter((k) => k.startsWith("phase "))).toHaveLength(phases.length);
  expect([seen.edition, seen.sizing, seen.os]).toEqual([seen.findings, seen.findings, seen.findings]);
  const later = ["ports", "fqdns", "files", "checklist"].map((id) => seen[id]!);
  expect(later[0]).toBeGreaterThan(seen.findings!);
  for (let i = 1; i < later.length; i++) expect(later[i]).toBeGreaterThan(later[i - 1]!);
  const phaseFrames = phases.map((p) => seen[`phase ${p}`]!);
  for (let i = 1; i < phaseFrames.length; i++) expect(phaseFrames[i]).toBeGreaterThan(phaseFrames[i - 1]!);
  await expect(page.locator("#checklist")).toHaveAttribute("aria-busy", "false");
});

test("printing while the review is still drawing its parts prints every section and checklist phase", async ({
  page,
}) => {
  const review = new ReviewPage(page);
  await review.seed(plan);
  await page.goto("/review");
  // As soon as the first screen is there (the checklist is not yet), the browser announces printing.
  const counts = await page.evaluate(
    () =>
      new Promise<{ before: number; after: number; phases: number }>((resolve) => {
        const check = () => {
          if (!document.getElementById("findings")) return false;
          const before = document.querySelectorAll("main section[id]").length;
          window.dispatchEvent(new Event("beforeprint"));
          resolve({
            before,
            after: document.querySelectorAll("main section[id]").length,
            phases: document.querySelectorAll("[data-testid=checklist-phase]").length,
          });
          return true;
        };
        if (check()) return;
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true });
      }),
  );
  expect(counts.before).toBeLessThan(8);
  expect(counts.after).toBe(8);
  expect(counts.phases).toBe(new Set(report.checklist.map((c) => c.phase)).size);
});

/** The contoso plan's review at a phone's width, every part drawn. */
async function phoneReview(page: Page): Promise<ReviewPage> {
  await page.setViewportSize({ width: 390, height: 844 });
  const review = new ReviewPage(page);
  await review.seed(plan);
  await review.goto();
  return review;
}

test("off screen, the checklist's phases are neither laid out nor painted; printed, every one of them is", async ({
  page,
}) => {
  await phoneReview(page);
  // checkVisibility's contentVisibilityAuto option is false for content that content-visibility: auto skips.
  const rendered = () =>
    page
      .getByTestId("checklist-phase")
      .evaluateAll((phases) => phases.map((p) => p.checkVisibility({ contentVisibilityAuto: true })));
  expect(await rendered()).not.toContain(true);
  await page.emulateMedia({ media: "print" });
  expect(await rendered()).not.toContain(false);
  await page.emulateMedia({ media: "screen" });
  await page.getByTestId("checklist-phase").last().scrollIntoViewIfNeeded();
  // Scrolled to, it is drawn: the browser decides so at its next frame.
  await expect.poll(async () => (await rendered()).at(-1)).toBe(true);
});

test("a focus ring at the edge of a review section is drawn whole: the section's paint clip leaves it room", async ({
  page,
}) => {
  const review = await phoneReview(page);
  // The ports table's scroll region is as wide as its section; its ring (3 px, 2 px out) lies outside the section.
  const region = review.section("Ports").getByRole("region").first();
  await region.scrollIntoViewIfNeeded();
  const box = (await region.boundingBox())!;
  const strip = { x: box.x - 5, y: box.y + 4, width: 3, height: 20 };
  const before = await page.screenshot({ clip: strip });
  await region.focus();
  await expect(region).toBeFocused();
  const ring = await region.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).toBe("solid");
  expect((await page.screenshot({ clip: strip })).equals(before)).toBe(false);
});
