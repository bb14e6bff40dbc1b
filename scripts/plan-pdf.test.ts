// `npm run plan -- <plan> --format pdf --out DIR` writes the same checklist PDF the review page exports (run in process).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pdfText, pdfWords } from "@/test/support/pdf-text";
import { parsePlan } from "@/lib/plan/parse";
import { buildShareUrl } from "@/lib/share/url";
import { runPlanCli } from "./plan-cli";
import { parsePageSize } from "./plan-pdf";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const status = await runPlanCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => "",
  });
  return { status, stdout, stderr };
}
const tmp = mkdtempSync(path.join(tmpdir(), "plan-pdf-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("plan CLI --format pdf", { timeout: 180_000 }, () => {
  it("writes DIR/<slug>-checklist.pdf in the chosen paper size, with the share link on the cover", async () => {
    const out = path.join(tmp, "letter");
    const plan = "lib/__fixtures__/contoso-single-site.tunnelplan.json";
    const parsed = parsePlan(JSON.parse(readFileSync(plan, "utf8")));
    if (!parsed.ok) throw new Error("fixture is not a valid plan");
    const link = buildShareUrl("https://planner.contoso.com", parsed.value);
    const args = [
      plan,
      "--format",
      "pdf",
      "--out",
      out,
      "--page-size",
      "letter",
      "--share-link",
      "https://planner.contoso.com",
    ];
    const r = await run(args);
    expect(r.stderr).toContain("contoso-rollout-checklist.pdf");
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toContain("contoso-rollout-checklist.pdf");
    const pdf = readFileSync(path.join(out, "contoso-rollout-checklist.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfText(pdf)).toContain("Contoso rollout");
    expect(pdfWords(pdf)[0]?.width).toBeCloseTo(612, 0);
    // The link is wrapped over several lines on the cover; compare without the line breaks.
    expect(pdfText(pdf).replace(/\s+/g, "")).toContain(link);
    expect(r.stdout, "with --format pdf the link goes on the cover, not to stdout").not.toContain(link);
  });

  it("refuses --format pdf without --out and an unknown paper size", async () => {
    const plan = "lib/__fixtures__/minimal.tunnelplan.json";
    const noOut = await run([plan, "--format", "pdf"]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain("--format pdf needs --out DIR");
    const badSize = await run([plan, "--format", "pdf", "--out", path.join(tmp, "a3"), "--page-size", "A3"]);
    expect(badSize.status).toBe(2);
    expect(badSize.stderr).toContain("--page-size must be A4 or letter");
    expect(parsePageSize("letter")).toBe("LETTER");
    expect(parsePageSize("A4")).toBe("A4");
    expect(parsePageSize(undefined)).toBe("A4");
    expect(parsePageSize("A3")).toBeNull();
  });
});
