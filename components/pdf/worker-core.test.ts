import { describe, expect, it, vi } from "vitest";
import type { PageListener } from "./page-progress";
import { createWorkerHandler, PROGRESS_INTERVAL_MS } from "./worker-core";
import { progressFromPage, type FromWorker, type RenderRequest } from "./worker-protocol";

const request = {
  plan: {},
  report: {},
  options: { pageSize: "A4", generatedOn: "2026-11-29" },
} as unknown as RenderRequest;

function harness(render: (listener: PageListener) => Promise<Blob> = async () => new Blob(["%PDF-"])) {
  const posted: FromWorker[] = [];
  let listener: PageListener | null = null;
  let clock = 0;
  const load = vi.fn(async () => ({ render: () => render(listener!) }));
  const handle = createWorkerHandler({
    load,
    post: (m) => posted.push(m),
    setPageListener: (l) => {
      listener = l;
    },
    now: () => clock,
  });
  return { posted, load, handle, tick: (ms: number) => (clock += ms), listener: () => listener };
}

describe("createWorkerHandler", () => {
  it("warms up once and reuses the loaded renderer for the export", async () => {
    const h = harness();
    await h.handle({ type: "warm" });
    await h.handle({ type: "render", id: 1, request });
    expect(h.load).toHaveBeenCalledTimes(1);
    expect(h.posted.map((m) => m.type)).toEqual(["ready", "progress", "progress", "done"]);
    expect(h.posted.slice(1, 3)).toEqual([
      { type: "progress", id: 1, stage: "loading" },
      { type: "progress", id: 1, stage: "layout" },
    ]);
    const done = h.posted[3] as Extract<FromWorker, { type: "done" }>;
    expect(await done.pdf.text()).toBe("%PDF-");
    expect(h.listener()).toBeNull();
  });

  it("reports pages as react-pdf lays them out, at most every 100 ms within a stage, and when writing starts", async () => {
    const h = harness(async (onPage) => {
      onPage(1, undefined);
      onPage(2, undefined); // same stage, same instant: dropped
      h.tick(PROGRESS_INTERVAL_MS);
      onPage(3, undefined);
      onPage(1, 3); // numbering pass: still laying out
      h.tick(PROGRESS_INTERVAL_MS);
      onPage(3, 3); // last page numbered: the file is written next
      return new Blob([]);
    });
    await h.handle({ type: "render", id: 7, request });
    const progress = h.posted.flatMap((m) =>
      m.type === "progress" ? [{ stage: m.stage, page: m.page, total: m.total }] : [],
    );
    expect(progress).toEqual([
      { stage: "loading" },
      { stage: "layout" },
      { stage: "paginating", page: 1 },
      { stage: "paginating", page: 3 },
      { stage: "writing", total: 3 },
    ]);
  });

  it("reports a failed warm-up, then loads again for the export and names what failed", async () => {
    const h = harness();
    h.load.mockRejectedValueOnce(new Error("the font /fonts/DejaVuSans.ttf could not be loaded (HTTP 404)"));
    await h.handle({ type: "warm" });
    expect(h.posted).toEqual([
      { type: "warm-failed", message: "the font /fonts/DejaVuSans.ttf could not be loaded (HTTP 404)" },
    ]);
    await h.handle({ type: "render", id: 2, request });
    expect(h.load).toHaveBeenCalledTimes(2);
    expect(h.posted.at(-1)?.type).toBe("done");
  });

  it("turns a render error into a failed message and clears the page listener", async () => {
    const h = harness(async () => {
      throw new Error("layout exploded");
    });
    await h.handle({ type: "render", id: 3, request });
    expect(h.posted.at(-1)).toEqual({ type: "failed", id: 3, message: "layout exploded" });
    expect(h.listener()).toBeNull();
  });

  it("renders one document at a time", async () => {
    const order: string[] = [];
    let release!: () => void;
    const h = harness(async () => {
      order.push("start");
      await new Promise<void>((resolve) => (release = resolve));
      order.push("end");
      return new Blob([]);
    });
    const first = h.handle({ type: "render", id: 1, request });
    const second = h.handle({ type: "render", id: 2, request });
    await vi.waitFor(() => expect(order).toEqual(["start"]));
    release();
    await vi.waitFor(() => expect(order).toEqual(["start", "end", "start"]));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["start", "end", "start", "end"]);
  });
});

describe("progressFromPage", () => {
  it("counts pages while paginating and switches to writing when the last page is numbered", () => {
    expect(progressFromPage(4, undefined)).toEqual({ stage: "paginating", page: 4 });
    expect(progressFromPage(2, 9)).toEqual({ stage: "paginating", page: 9, total: 9 });
    expect(progressFromPage(9, 9)).toEqual({ stage: "writing", total: 9 });
  });
});
