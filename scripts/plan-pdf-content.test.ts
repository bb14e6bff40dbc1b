// `npm run plan -- <plan> --format pdf --pdf-content checklist|full`: the change board's short PDF from the CLI.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "@/test/support/cli";
import { pdfText } from "@/test/support/pdf-text";
import { parsePdfContent } from "./plan-pdf";

const tmp = mkdtempSync(path.join(tmpdir(), "plan-pdf-content-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const plan = "lib/__fixtures__/blockers.tunnelplan.json";

describe("plan CLI --pdf-content", { timeout: 180_000 }, () => {
  it("checklist writes the cover and the checklist only", async () => {
    const out = path.join(tmp, "checklist");
    const r = await runCli([plan, "--format", "pdf", "--out", out, "--pdf-content", "checklist"]);
    expect(r.code, r.stderr).toBe(0);
    const text = pdfText(readFileSync(path.join(out, "everything-that-cannot-work-checklist.pdf")));
    expect(text).toContain("Deployment checklist (checklist only)");
    expect(text).toMatch(/Open blockers \(\d+\)/);
    expect(text).not.toContain("Appendix: generated files");
  });

  it("refuses an unknown value and names the allowed ones", async () => {
    const r = await runCli([plan, "--format", "pdf", "--out", path.join(tmp, "bad"), "--pdf-content", "summary"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--pdf-content must be full or checklist");
    expect(parsePdfContent(undefined)).toBe("full");
    expect(parsePdfContent("Checklist")).toBe("checklist");
    expect(parsePdfContent("full")).toBe("full");
    expect(parsePdfContent("appendix")).toBeNull();
  });
});
