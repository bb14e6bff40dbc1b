// `npm run plan -- <plan> --format pdf --out DIR` writes the same checklist PDF the review page exports.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pdfText, pdfWords } from "@/components/pdf/testing/pdf-text";
import { parsePageSize } from "./plan-pdf";

const TSX = path.resolve("node_modules/.bin/tsx");
const tmp = mkdtempSync(path.join(tmpdir(), "plan-pdf-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("plan CLI --format pdf", { timeout: 180_000 }, () => {
  it("writes DIR/<slug>-checklist.pdf in the chosen paper size", () => {
    const out = path.join(tmp, "letter");
    const plan = "fixtures/plans/contoso-single-site.tunnelplan.json";
    const r = spawnSync(TSX, ["scripts/plan.ts", plan, "--format", "pdf", "--out", out, "--page-size", "letter"], {
      encoding: "utf8",
      timeout: 170_000,
    });
    expect(r.stderr).toContain("contoso-rollout-checklist.pdf");
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toContain("contoso-rollout-checklist.pdf");
    const pdf = readFileSync(path.join(out, "contoso-rollout-checklist.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfText(pdf)).toContain("Contoso rollout");
    expect(pdfWords(pdf)[0]?.width).toBeCloseTo(612, 0);
  });

  it("refuses --format pdf without --out and an unknown paper size", () => {
    const plan = "fixtures/plans/minimal.tunnelplan.json";
    const noOut = spawnSync(TSX, ["scripts/plan.ts", plan, "--format", "pdf"], { encoding: "utf8", timeout: 60_000 });
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain("--format pdf needs --out DIR");
    expect(parsePageSize("letter")).toBe("LETTER");
    expect(parsePageSize("A4")).toBe("A4");
    expect(parsePageSize(undefined)).toBe("A4");
    expect(parsePageSize("A3")).toBeNull();
  });
});
