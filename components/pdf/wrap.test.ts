import { describe, expect, it } from "vitest";
import { checklistFileName } from "./file-name";
import { splitLongWord } from "./fonts";
import { defaultPageSize } from "./page-size";
import { CONTINUATION, monospaceColumns, wrapMonospace } from "./wrap";

describe("wrapMonospace", () => {
  it("keeps short lines and drops only the final newline", () => {
    expect(wrapMonospace("a\nbb\n", 10)).toEqual(["a", "bb"]);
    expect(wrapMonospace("a\n\nb", 10)).toEqual(["a", "", "b"]);
  });

  it("wraps long lines at the column and marks continuations, losing no character", () => {
    const line = "0123456789".repeat(5);
    const out = wrapMonospace(line, 20);
    expect(out.every((l) => Array.from(l).length <= 20)).toBe(true);
    expect(out.slice(1).every((l) => l.startsWith(CONTINUATION))).toBe(true);
    expect(out.map((l, i) => (i ? l.slice(CONTINUATION.length) : l)).join("")).toBe(line);
  });

  it("expands tabs to spaces and counts umlauts as one column", () => {
    expect(wrapMonospace("\tx", 10)).toEqual(["    x"]);
    expect(wrapMonospace("ä".repeat(10), 10)).toEqual(["ä".repeat(10)]);
  });

  it("derives columns from the DejaVu Sans Mono advance width", () => {
    expect(monospaceColumns(602, 10)).toBe(100);
  });
});

describe("splitLongWord", () => {
  it("never breaks ordinary words, FQDNs or the paths our texts name (a break would draw a hyphen into them)", () => {
    for (const word of [
      "login.microsoftonline.com",
      "/etc/modules-load.d/mstunnel_tun.conf.",
      "/etc/modules-load.d/mstunnel_iptables.conf.",
    ]) {
      expect(splitLongWord(word)).toEqual([word]);
    }
  });
  it("breaks long tokens after punctuation and keeps every character", () => {
    const url = "https://proxy.contoso.example/very/long/path/to/a/pac-file.pac";
    const parts = splitLongWord(url);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("")).toBe(url);
    const proxy = "HTTPS_PROXY=http://proxy.corp.contoso.com:3128,";
    expect(splitLongWord(proxy)).toEqual(["HTTPS_PROXY=", "http:", "/", "/", "proxy.corp.contoso.com:", "3128,"]);
  });
});

describe("checklistFileName", () => {
  it("slugs the plan name to ASCII", () => {
    expect(checklistFileName("Müller & Łukasz – Straße")).toBe("muller-lukasz-strasse-checklist.pdf");
    expect(checklistFileName("Contoso rollout")).toBe("contoso-rollout-checklist.pdf");
    expect(checklistFileName("  ***  ")).toBe("tunnel-plan-checklist.pdf");
  });
});

describe("defaultPageSize", () => {
  it("uses Letter in the US and Canada, A4 elsewhere", () => {
    expect(defaultPageSize("en-US")).toBe("LETTER");
    expect(defaultPageSize("fr-CA")).toBe("LETTER");
    expect(defaultPageSize("de-DE")).toBe("A4");
    expect(defaultPageSize("en")).toBe("A4");
    expect(defaultPageSize(undefined)).toBe("A4");
  });
});
