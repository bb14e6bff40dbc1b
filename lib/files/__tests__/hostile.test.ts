import { existsSync, mkdtempSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Report } from "@/lib/report/types";
import { buildFiles } from "..";
import { isShellFile, ownCases, runUnprivileged, unquotedText, withTempFile, type NamedCase } from "./testing";

/**
 * Defence in depth: the schema grammars reject these values before they reach a builder, but if one
 * slipped through, every generated script must still carry it only inside single quotes.
 */
// A space and a "$" force quoting, so the marker is only ever "safe" inside single quotes.
const MARK = "pw $ned";
const piece = fc.constantFrom(
  "$(",
  ")",
  "`",
  "'",
  '"',
  ";",
  "\n",
  "&&",
  "|",
  " ",
  "\\",
  "${IFS}",
  "ü✓",
  "*",
  "#",
  "-",
  ".",
  "/",
);
const hostile = fc.array(piece, { maxLength: 6 }).map((parts) => `${parts.join("")}${MARK}${parts.reverse().join("")}`);

/** Every text of report.setup (and the plan name) that reaches a script, replaced by hostile values. */
function withHostile(c: NamedCase, v: string[]): Omit<Report, "files"> {
  const at = (i: number) => v[i % v.length]!;
  const setup = c.report.setup;
  return {
    ...c.report,
    setup: {
      ...setup,
      sites: setup.sites.map((s, i) => ({ ...s, name: at(i + 1), publicAddress: at(i + 2) })),
      firewall: { ...setup.firewall, ssh: { enabled: true, sources: [at(3), "10.0.0.0/8"] } },
      clientPool: at(4),
      bridge: { ...setup.bridge, target: at(5), gateway: at(6), change: "custom" },
      proxy: { url: `http://${at(7)}:3128`, host: at(7), port: 3128, noProxy: [at(8), "localhost"] },
      probeHosts: [at(0), "login.microsoftonline.com"],
      files: [...new Set([...setup.files, "change-bridge" as const, "bridge-template" as const])],
    },
  };
}

const cases = ownCases();

describe("hostile plan values never appear unquoted in a generated script", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s (property test)", (_name, c) => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 9, maxLength: 9 }), (values) => {
        const files = buildFiles({ ...c.plan, name: values[0]! }, withHostile(c, values));
        for (const f of files.filter(isShellFile)) {
          expect(unquotedText(f.content), f.path).not.toContain(MARK);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("executing the scripts with injection payloads runs none of them", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tp-hostile-"));
    chmodSync(dir, 0o777);
    const marker = (n: number) => path.join(dir, `m${n}`);
    const payloads = [
      `x$(touch ${marker(1)})`,
      `x\`touch ${marker(2)}\``,
      `x'; touch ${marker(3)}; '`,
      `x"; touch ${marker(4)}; "`,
      `x\ntouch ${marker(5)}\n`,
      `$(touch ${marker(6)})`,
      `x;touch ${marker(7)}`,
      `\${IFS}$(touch ${marker(8)})`,
      `x|touch ${marker(9)}`,
    ];
    try {
      // One Docker (Ubuntu) and one Podman (RHEL) case cover both script variants; each run takes a while on 2 cores.
      for (const c of cases.filter(
        (x) => x.name === "files-ubuntu-docker-proxy-azure" || x.name === "files-rhel-podman-rootless-aws",
      )) {
        const files = buildFiles({ ...c.plan, name: payloads[0]! }, withHostile(c, payloads));
        const { osReleaseId: id, versionId: version } = c.report.setup.os;
        const prepare = files.find((f) => f.path === "tunnel-planner/prepare-server.sh")!.content;
        const preflight = files.find((f) => f.path === "tunnel-planner/tunnel-preflight.sh")!.content;
        const prepared = withTempFile("os-release", `ID=${id}\nVERSION_ID=${version}\n`, (release) =>
          withTempFile("p.sh", prepare, (p) =>
            runUnprivileged(["bash", p, "--dry-run"], { TP_OS_RELEASE: release, TP_ALLOW_NON_ROOT: "1" }),
          ),
        );
        // The scripts ran to the end, so every payload was reached.
        expect(prepared.stdout).toContain("dry run finished");
        const checked = withTempFile("f.sh", preflight, (p) => runUnprivileged(["bash", p, "--offline", "--json"]));
        expect(() => JSON.parse(checked.stdout)).not.toThrow();
      }
      expect(payloads.map((_, i) => existsSync(marker(i + 1)))).toEqual(payloads.map(() => false));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the quote-aware scan does catch an unquoted value (the check is not vacuous)", () => {
    expect(unquotedText(`echo $(${MARK})`)).toContain(MARK);
    expect(unquotedText(`echo x${MARK}`)).toContain(MARK);
    expect(unquotedText(`echo "${MARK}"`)).toContain(MARK);
    expect(unquotedText(`echo '${MARK}'`)).not.toContain(MARK);
    expect(unquotedText(`echo 'a'\\''${MARK}'`)).not.toContain(MARK);
    expect(unquotedText(`# it's a comment\necho ${MARK}`)).toContain(MARK);
    expect(unquotedText(`echo \${#x} ${MARK}`)).toContain(MARK);
  });
});
