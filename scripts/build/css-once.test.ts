import { describe, expect, it } from "vitest";
import { withCssOnce } from "./css-once.mjs";

const CSS = '@property --tw-x{syntax:"<percentage>";inherits:false}.a>b{content:"€"}';
const bytes = (text: string) => new TextEncoder().encode(text).length.toString(16);
/** A payload string as Next.js writes it into a script (JSON; <, > and & escaped). */
const push = (text: string) =>
  `<script>self.__next_f.push([1,${JSON.stringify(text).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026")}])</script>`;
/** The payload a page carries: what its scripts push, joined. */
const payload = (html: string) =>
  [...html.matchAll(/self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)/g)]
    .map((m) => (JSON.parse(m[1]!) as [number, string])[1])
    .join("");

// The shape Next.js 16 writes with inlineCss: the sheet in <head>, and in the payload as two text rows that the
// <style> elements' children point to (the first split across two scripts), beside a text row of another kind.
const STREAM = [
  '0:{"c":["$","style","0",{"precedence":"next","href":"/_next/static/chunks/a.css","children":"$2"}]}\n',
  `2:T${bytes(CSS)},${CSS}`,
  `3:T${bytes("Größe <b>")},Größe <b>`,
  '4:["$","p",null,{"children":"$3"}]\n',
  `19:T${bytes(CSS)},${CSS}`,
  'c:["$","style","0",{"href":"/_next/static/chunks/a.css","children":"$19"}]\n',
].join("");
const cut = STREAM.indexOf("inherits");
const PAGE = [
  '<html><head><style data-precedence="next" data-href="/_next/static/chunks/a.css">',
  CSS,
  "</style></head><body><h1>Plan</h1>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  push(STREAM.slice(0, cut)),
  push(STREAM.slice(cut)),
  "</body></html>",
].join("");

describe("the stylesheet once per page", () => {
  it("empties the payload's copies of the page's inline stylesheet and keeps every other row", () => {
    const { html, removed } = withCssOnce(PAGE);
    expect(removed).toBe(2);
    expect(payload(html)).toBe(STREAM.replaceAll(`T${bytes(CSS)},${CSS}`, "T0,"));
    // The <style> the page paints with is untouched, and so is the other text row, multi-byte characters and all.
    expect(html).toContain(`data-href="/_next/static/chunks/a.css">${CSS}</style>`);
    expect(payload(html)).toContain(`3:T${bytes("Größe <b>")},Größe <b>`);
    expect(html.length).toBeLessThan(PAGE.length - 2 * CSS.length);
    // Written as Next.js writes it: no raw < or > inside a script.
    expect(html.slice(html.indexOf("<script>self"))).not.toMatch(/push\(\[1,"[^"]*[<>]/);
  });

  it("leaves a page alone when its payload holds anything it does not read", () => {
    const binary = PAGE.replace("</body>", '<script>self.__next_f.push([3,"AAEC"])</script></body>');
    expect(withCssOnce(binary)).toEqual({ html: binary, removed: 0 });
    const truncated = PAGE.replace(`19:T${bytes(CSS)},`, "19:Tffff,");
    expect(withCssOnce(truncated)).toEqual({ html: truncated, removed: 0 });
    const noSheet = PAGE.replace(/<style[^>]*>[\s\S]*?<\/style>/, "");
    expect(withCssOnce(noSheet)).toEqual({ html: noSheet, removed: 0 });
  });

  it("keeps a text row that only resembles the sheet", () => {
    const other = PAGE.replace(
      `<style data-precedence="next" data-href="/_next/static/chunks/a.css">${CSS}`,
      `<style data-href="/b.css">.b{}`,
    );
    expect(withCssOnce(other).removed).toBe(0);
  });
});
