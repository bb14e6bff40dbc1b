import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildCsp, inlineSources, STATIC_HEADERS, STRICT_CSP, withCspMeta } from "./headers.mjs";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({"otherChunks":[]})</script>',
  "</head><body><h1>Plan</h1>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
  '<div style="font-family:system-ui,&quot;Segoe UI&quot;;height:100vh"></div>',
  "<style>body{margin:0}</style>",
  "</body></html>",
].join("");

describe("Content-Security-Policy", () => {
  it("allows exactly the page's inline scripts by hash, never 'unsafe-inline'", () => {
    const policy = buildCsp(PAGE);
    const scripts = directive(policy, "script-src");
    expect(scripts).toContain(hash('(globalThis.TURBOPACK||[]).push({"otherChunks":[]})'));
    expect(scripts).toContain(hash("(self.__next_f=self.__next_f||[]).push([0])"));
    expect(scripts).toContain(hash('self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])'));
    expect(scripts.match(/'sha256-/g)).toHaveLength(3);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });

  it("hashes inline styles, and style attributes as the browser decodes them", () => {
    const styles = directive(buildCsp(PAGE), "style-src");
    expect(styles).toContain(hash("body{margin:0}"));
    expect(styles).toContain("'unsafe-hashes'");
    expect(styles).toContain(hash('font-family:system-ui,"Segoe UI";height:100vh'));
    expect(inlineSources(PAGE).styleAttributes).toEqual(['font-family:system-ui,"Segoe UI";height:100vh']);
  });

  it("a page without inline code gets a policy with no hash and no 'unsafe-hashes'", () => {
    expect(directive(STRICT_CSP, "script-src")).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(STRICT_CSP, "style-src")).toBe("style-src 'self'");
  });

  it("the static export's <meta> policy comes first in <head> and leaves out what only a header can carry", () => {
    const html = withCspMeta(PAGE);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html);
    expect(meta).not.toBeNull();
    expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf("<script"));
    expect(html.indexOf('<meta charSet="utf-8"/>')).toBeLessThan(html.indexOf(meta![0]));
    const policy = meta![1]!.replace(/&quot;/g, '"');
    expect(policy).toBe(buildCsp(PAGE, { forMeta: true }));
    expect(policy).not.toContain("frame-ancestors");
    expect(withCspMeta(html), "adding it twice changes nothing").toBe(html);
  });

  it("every response also says nosniff, no referrer and no framing", () => {
    expect(
      Object.fromEntries(STATIC_HEADERS.map((h: { key: string; value: string }) => [h.key, h.value])),
    ).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "X-Frame-Options": "DENY",
    });
  });
});
