import { describe, expect, it, vi } from "vitest";
import { firstLoadScripts, loaderScript, withScriptsAfterFirstPaint } from "./scripts-after-paint.mjs";

// The shape Next.js 16 writes: a low-priority preload, the chunks async in <head>, one more at the end of <body>,
// the noModule polyfill, and inline scripts of its own.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/z.js"/>',
  '<link rel="preload" as="font" href="/fonts/a.woff2"/>',
  "<style>body{margin:0}</style>",
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-b.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  "</head><body><h1>Plan</h1>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script src="/_next/static/chunks/z.js" async=""></script>',
  "</body></html>",
].join("");

/** Runs a loader in a stand-in browser; returns what it appended and the clock to drive. */
function runLoader(code: string, visibilityState: "visible" | "hidden") {
  const appended: { src: string; async: boolean }[] = [];
  const frames: (() => void)[] = [];
  const document = {
    visibilityState,
    createElement: () => ({ src: "", async: false }),
    head: { appendChild: (e: { src: string; async: boolean }) => appended.push({ ...e }) },
  };
  const requestAnimationFrame = (f: () => void) => frames.push(f);
  new Function("document", "requestAnimationFrame", "setTimeout", code)(document, requestAnimationFrame, setTimeout);
  const nextFrame = () => frames.splice(0).forEach((f) => f());
  return { appended, nextFrame };
}

describe("chunks after the first paint", () => {
  it("replaces the async chunk tags and their preloads with one loader, keeping every other tag", () => {
    const page = withScriptsAfterFirstPaint(PAGE);
    expect(page).not.toMatch(/<script src="[^"]+" async/);
    expect(page).not.toContain('as="script"');
    expect(page).toContain('<link rel="preload" as="font" href="/fonts/a.woff2"/>');
    expect(page).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script>');
    expect(page).toContain("<script>(self.__next_f=self.__next_f||[]).push([0])</script>");
    // The loader stands where the first chunk was: after the stylesheet, in <head>.
    expect(page.indexOf("<script>(function(s)")).toBeGreaterThan(page.indexOf("</style>"));
    expect(page.indexOf("<script>(function(s)")).toBeLessThan(page.indexOf("</head>"));
    expect(page.match(/<script>\(function\(s\)/g)).toHaveLength(1);
  });

  it("loads the same chunks in the same order, so the first-load measure reads the same page", () => {
    const chunks = ["/_next/static/chunks/a.js", "/_next/static/chunks/turbopack-b.js", "/_next/static/chunks/z.js"];
    expect(firstLoadScripts(PAGE)).toEqual(chunks);
    expect(firstLoadScripts(withScriptsAfterFirstPaint(PAGE))).toEqual(chunks);
  });

  it("leaves a page without async chunks, and a src that is not a plain chunk path, as they were", () => {
    const plain = "<html><head></head><body><script>1</script></body></html>";
    expect(withScriptsAfterFirstPaint(plain)).toBe(plain);
    const foreign = '<head><script src="https://cdn.example/x.js" async=""></script></head>';
    expect(withScriptsAfterFirstPaint(foreign)).toBe(foreign);
    const odd = '<head><script src="/_next/static/chunks/a b.js" async=""></script></head>';
    expect(withScriptsAfterFirstPaint(odd)).toBe(odd);
  });

  it("asks for the chunks one frame after the first, async and in order, once", () => {
    vi.useFakeTimers();
    try {
      const chunks = ["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"];
      const { appended, nextFrame } = runLoader(loaderScript(chunks), "visible");
      expect(appended).toEqual([]);
      nextFrame(); // the first frame: drawn with the HTML alone
      expect(appended).toEqual([]);
      nextFrame();
      expect(appended).toEqual(chunks.map((src) => ({ src, async: true })));
      vi.advanceTimersByTime(3000);
      expect(appended).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("asks at once in a hidden tab, and after three seconds when no frame comes", () => {
    vi.useFakeTimers();
    try {
      const chunks = ["/_next/static/chunks/a.js"];
      expect(runLoader(loaderScript(chunks), "hidden").appended).toHaveLength(1);
      const stalled = runLoader(loaderScript(chunks), "visible");
      vi.advanceTimersByTime(2999);
      expect(stalled.appended).toHaveLength(0);
      vi.advanceTimersByTime(1);
      expect(stalled.appended).toHaveLength(1);
      stalled.nextFrame();
      stalled.nextFrame();
      expect(stalled.appended).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
