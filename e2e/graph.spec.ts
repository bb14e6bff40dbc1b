import { expect, test } from "@playwright/test";
import { evaluatePlan } from "@/lib/report/evaluate";
import { parsePlan } from "@/lib/plan/parse";
import { GRAPH_CASES } from "@/lib/graph/test-cases";
import { ReviewPage } from "./pages/review-page";
import { watchPage } from "./support/watch";

// A German plan whose names hold every quote PowerShell knows, $( and backticks: the review lists the Graph files
// with their purpose, and New-TunnelPlan.ps1 downloads byte for byte, byte order mark included.
const parsed = parsePlan(GRAPH_CASES["graph-hostile-names-de"], { today: "2026-11-28" });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const plan = parsed.value;
const report = evaluatePlan(plan, { today: plan.planningDate });

test("the review lists the Graph files with their purpose, and New-TunnelPlan.ps1 downloads as generated", async ({
  page,
  baseURL,
}) => {
  test.slow(); // a long page (two sites, every file) on a shared 2-core machine
  const watch = watchPage(page, baseURL!);
  const review = new ReviewPage(page);
  await review.seed(plan);
  // Restoring and evaluating this plan can take a while on a busy machine: wait longer than review.goto() does.
  await page.goto("/review");
  // A German plan opens the review in German (plan-format §4.1 locale; issue 14).
  await expect(page.locator("html")).toHaveAttribute("lang", "de", { timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Überprüfung" })).toBeVisible({ timeout: 90_000 });
  const graphFiles = report.files.filter((f) => f.path.startsWith("tunnel-planner/graph/") || f.path.endsWith(".ps1"));
  expect(graphFiles.map((f) => f.path)).toEqual([
    "tunnel-planner/graph/server-configurations.json",
    "tunnel-planner/graph/sites.json",
    "tunnel-planner/New-TunnelPlan.ps1",
  ]);
  for (const file of graphFiles) {
    const item = review.fileItem(file.path);
    await expect(item.getByRole("heading", { level: 3 })).toHaveText(file.path);
    await expect(item.getByText(file.purpose, { exact: true })).toBeVisible();
  }
  const script = graphFiles[2]!;
  const item = review.fileItem(script.path);
  await expect(item.getByText("Skript", { exact: true })).toBeVisible();
  const { name, bytes } = await review.download(item.getByRole("button", { name: `Herunterladen ${script.path}` }));
  expect(name).toBe("New-TunnelPlan.ps1");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toBe(script.content);
  watch.expectClean();
});
