import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinScript, section, shellCommand, shellQuote } from "../shell";
import { run } from "./testing";
import { csvField, writeIni } from "../writers";

describe("shellQuote", () => {
  it("leaves plain words alone and single-quotes everything else", () => {
    expect(shellQuote("tunnel.contoso.com")).toBe("tunnel.contoso.com");
    expect(shellQuote("10.0.0.0/8")).toBe("10.0.0.0/8");
    expect(shellQuote(443)).toBe("443");
    expect(shellQuote("")).toBe("''");
    expect(shellQuote("a b")).toBe("'a b'");
    expect(shellQuote("$(rm -rf /)")).toBe("'$(rm -rf /)'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it("round-trips any string through bash unchanged (one bash run for all samples)", { timeout: 60_000 }, () => {
    const samples = fc
      .sample(fc.string({ unit: "binary", minLength: 0, maxLength: 40 }), 150)
      .map((s) => s.replace(/\0/g, "")) // bash variables cannot hold NUL
      .concat(["$(touch /tmp/x)", "`id`", "'; echo pwned; '", '"$HOME"', "a\nb", "ünïcødé ✓", "\\", "!", "*", "~root"]);
    const script = samples.map((s) => `printf '%s\\0' ${shellQuote(s)}`).join("\n");
    const res = run("bash", ["-c", script]);
    expect(res.status).toBe(0);
    expect(res.stdout.split("\0").slice(0, -1)).toEqual(samples);
  });

  it("shellCommand quotes each word", () => {
    expect(shellCommand("ufw", "allow", "from", "10.0.0.0/8", "x y")).toBe("ufw allow from 10.0.0.0/8 'x y'");
  });
});

describe("script framework", () => {
  it("joins sections in order under a shebang with a trailing newline and skips empty sections", () => {
    const text = joinScript(
      ["set -euo pipefail"],
      [section("first", ["echo 1"]), section("empty", []), section("second", ["echo 2"])],
    );
    expect(text).toBe("#!/usr/bin/env bash\nset -euo pipefail\n\n# first\necho 1\n\n# second\necho 2\n");
  });

  it("INI writer keeps a value on one line so it cannot add a systemd directive", () => {
    expect(writeIni([{ name: "Service", entries: [["Environment", '"A=1\nExecStartPre=/bin/evil"']] }])).toBe(
      '[Service]\nEnvironment="A=1 ExecStartPre=/bin/evil"\n',
    );
  });
});

describe("csvField", () => {
  it("quotes fields holding commas, quotes or line breaks and doubles inner quotes (RFC 4180)", () => {
    expect(csvField("login.microsoftonline.com")).toBe("login.microsoftonline.com");
    expect(csvField('x, "y"')).toBe('"x, ""y"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
  });
});
