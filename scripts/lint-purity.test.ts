import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The engine in lib/ runs in the browser, the CLI and tests; the lint block in eslint.config.mjs keeps it pure.
describe("lib/ purity rule", () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const lint = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((m) => m.ruleId);
  };

  it("rejects React, the DOM and the clock under lib/", async () => {
    const rules = await lint(
      'import { useState } from "react";\nexport const a = useState;\nexport const b = () => window.location.href;\nexport const c = () => Date.now();\n',
      "lib/purity-probe.ts",
    );
    expect(rules).toEqual(
      expect.arrayContaining(["no-restricted-imports", "no-restricted-globals", "no-restricted-properties"]),
    );
  }, 120_000);

  it("allows the same code outside lib/", async () => {
    const rules = await lint(
      'import { useState } from "react";\nexport const a = useState;\n',
      "components/purity-probe.ts",
    );
    expect(rules).not.toContain("no-restricted-imports");
  }, 120_000);
});
