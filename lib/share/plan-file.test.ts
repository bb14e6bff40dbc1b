import { describe, expect, it } from "vitest";
import { defaultPlan } from "@/lib/plan/defaults";
import type { Plan } from "@/lib/plan/schema";
import { parsePlanFile, planFileName, serializePlanFile } from "./plan-file";

const plan: Plan = { ...structuredClone(defaultPlan), name: "Contoso – Zürich rollout" };

describe("plan files", () => {
  it("serializes the full plan as pretty JSON with schemaVersion and a trailing newline, and reads it back", () => {
    const text = serializePlanFile(plan);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "schemaVersion": 1,');
    const parsed = parsePlanFile(text);
    expect(parsed).toMatchObject({ ok: true, plan });
  });

  it("names the file after the plan", () => {
    expect(planFileName(plan)).toBe("contoso-zurich-rollout.tunnelplan.json");
    expect(planFileName({ name: "" })).toBe("tunnel-plan.tunnelplan.json");
    expect(planFileName({ name: "../../etc/passwd" })).toBe("etc-passwd.tunnelplan.json");
  });

  it("gives line and column for broken JSON", () => {
    const parsed = parsePlanFile('{\n  "name": "x",\n  "tls": { "keyBits": 2048, }\n}\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok || parsed.error.code !== "not-json") throw new Error(JSON.stringify(parsed));
    expect(parsed.error.line).toBe(3);
    expect(parsed.error.message).toMatch(/^The file is not valid JSON: line 3, column \d+/);
  });

  it("reports a hand-edited wrong field by its path", () => {
    const edited = JSON.parse(serializePlanFile(plan));
    edited.server.distro = "windows-2022";
    edited.tls.validityDays = "a year";
    const parsed = parsePlanFile(JSON.stringify(edited, null, 2));
    expect(parsed.ok).toBe(false);
    if (parsed.ok || parsed.error.code !== "invalid") throw new Error(JSON.stringify(parsed));
    expect(parsed.error.issues.map((i) => i.path).sort()).toEqual(["server.distro", "tls.validityDays"]);
    expect(parsed.error.message).toBe("The file is a plan, but 2 fields are not valid.");
  });

  it("refuses empty files and JSON that is not an object", () => {
    expect(parsePlanFile("")).toMatchObject({ ok: false, error: { code: "not-a-plan" } });
    expect(parsePlanFile("[1,2]")).toMatchObject({ ok: false, error: { code: "not-a-plan" } });
  });
});
