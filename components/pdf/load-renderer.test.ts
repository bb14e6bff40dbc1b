import { afterEach, describe, expect, it, vi } from "vitest";
import { FONT_FILES } from "./font-files";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const fonts = Object.values(FONT_FILES);

// The first import transforms react-pdf and the whole engine; on two shared cores that alone can pass 5 s.
describe("loadPdfRenderer", { timeout: 60_000 }, () => {
  it("fetches every embedded font from this origin's /fonts/ once and hands the renderer blob: URLs", async () => {
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      fetched.push(url);
      return new Response(new Uint8Array([0, 1, 0, 0]), { status: 200 });
    });
    const { loadPdfRenderer } = await import("./load-renderer");
    const [a, b] = await Promise.all([loadPdfRenderer(), loadPdfRenderer()]);
    expect(a).toBe(b);
    expect(fetched.sort()).toEqual(fonts.map((f) => `/fonts/${f}`).sort());
    for (const font of fonts) expect(a.fontUrl(font)).toMatch(/^blob:/);
    expect(typeof a.renderer.renderChecklistPdf).toBe("function");
  });

  it("names the font that failed to load, and tries again on the next click", async () => {
    let status = 404;
    vi.stubGlobal("fetch", async () => new Response("", { status }));
    const { loadPdfRenderer } = await import("./load-renderer");
    await expect(loadPdfRenderer()).rejects.toThrow(
      /the font \/fonts\/DejaVuSans[\w-]*\.ttf could not be loaded \(HTTP 404\)/,
    );
    status = 200;
    const loaded = await loadPdfRenderer();
    expect(loaded.fontUrl(FONT_FILES.sans)).toMatch(/^blob:/);
  });
});
