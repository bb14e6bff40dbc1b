import { describe, expect, it } from "vitest";
import { PdfCancelled } from "./pdf-jobs";
import { createSpeculativePdf, MAX_SPECULATIVE_SITES } from "./speculative-pdf";
import type { PdfProgress, RenderRequest } from "./worker-protocol";

function request(
  overrides: {
    sites?: number;
    name?: string;
    pageSize?: "A4" | "LETTER";
    content?: "full" | "checklist";
    today?: string;
  } = {},
) {
  const sites = Array.from({ length: overrides.sites ?? 2 }, (_, i) => ({ name: `Site ${i + 1}` }));
  return {
    plan: { name: overrides.name ?? "Contoso", sites },
    today: overrides.today ?? "2026-11-29",
    origin: "https://planner.example",
    options: {
      pageSize: overrides.pageSize ?? "A4",
      content: overrides.content ?? "full",
      generatedOn: overrides.today ?? "2026-11-29",
    },
  } as unknown as RenderRequest;
}

type Render = {
  request: RenderRequest;
  background: boolean;
  onProgress: (p: PdfProgress) => void;
  resolve: (pdf: Blob) => void;
  reject: (error: Error) => void;
  cancelled: boolean;
};

/** Stands in for pdf-jobs.ts: records each render, which the test finishes, fails or sees cancelled. */
function fakeJobs({ usesWorker = true } = {}) {
  const renders: Render[] = [];
  let prewarms = 0;
  const jobs = {
    usesWorker,
    prewarm: () => void prewarms++,
    render(req: RenderRequest, onProgress: (p: PdfProgress) => void, options?: { background?: boolean }) {
      let render!: Render;
      const result = new Promise<Blob>((resolve, reject) => {
        render = {
          request: req,
          background: options?.background ?? false,
          onProgress,
          resolve,
          reject,
          cancelled: false,
        };
      });
      renders.push(render);
      return {
        result,
        cancel: () => {
          render.cancelled = true;
          render.reject(new PdfCancelled());
        },
      };
    },
  };
  return { jobs, renders, prewarms: () => prewarms };
}

const pdf = (text: string) => new Blob([text]);

describe("createSpeculativePdf", () => {
  it("renders the current input ahead in the background; the click downloads those bytes without a second render", async () => {
    const { jobs, renders } = fakeJobs();
    const speculative = createSpeculativePdf(jobs);
    speculative.prepare(request());
    speculative.prepare(request());
    expect(renders).toHaveLength(1);
    expect(renders[0]!.background).toBe(true);
    const file = pdf("%PDF-ahead");
    renders[0]!.resolve(file);
    await Promise.resolve();

    await expect(speculative.take(request(), () => {}).result).resolves.toBe(file);
    // And again for a second click on the same input.
    await expect(speculative.take(request(), () => {}).result).resolves.toBe(file);
    expect(renders).toHaveLength(1);
  });

  it.each([
    ["plan", { name: "Fabrikam" }],
    ["paper size", { pageSize: "LETTER" as const }],
    ["contents", { content: "checklist" as const }],
    ["day", { today: "2026-11-30" }],
  ])("a changed %s is rendered afresh for the click, never served from the file made ahead", async (_, change) => {
    const { jobs, renders } = fakeJobs();
    const speculative = createSpeculativePdf(jobs);
    speculative.prepare(request());
    renders[0]!.resolve(pdf("%PDF-old"));
    await Promise.resolve();

    const job = speculative.take(request(change), () => {});
    expect(renders).toHaveLength(2);
    expect(renders[1]!.request).toEqual(request(change));
    expect(renders[1]!.background).toBe(false);
    const fresh = pdf("%PDF-new");
    renders[1]!.resolve(fresh);
    await expect(job.result).resolves.toBe(fresh);
    // The old file is gone too: going back to the first input renders again.
    speculative.take(request(), () => {});
    expect(renders).toHaveLength(3);
  });

  it("a click during the render ahead waits for it, with its progress, instead of starting another", async () => {
    const { jobs, renders } = fakeJobs();
    const speculative = createSpeculativePdf(jobs);
    speculative.prepare(request());
    renders[0]!.onProgress({ stage: "paginating", page: 3 });
    const progress: PdfProgress[] = [];
    const job = speculative.take(request(), (p) => progress.push(p));
    await Promise.resolve();
    renders[0]!.onProgress({ stage: "writing", total: 9 });
    const file = pdf("%PDF-");
    renders[0]!.resolve(file);
    await expect(job.result).resolves.toBe(file);
    expect(renders).toHaveLength(1);
    expect(progress).toEqual([
      { stage: "paginating", page: 3 },
      { stage: "writing", total: 9 },
    ]);
  });

  it("a click before the render ahead is kept: the render ahead and the next click find it, with no second layout", async () => {
    const { jobs, renders } = fakeJobs();
    const speculative = createSpeculativePdf(jobs);
    const progress: PdfProgress[] = [];
    const first = speculative.take(request(), (p) => progress.push(p));
    expect(renders).toHaveLength(1);
    expect(renders[0]!.background).toBe(false);
    renders[0]!.onProgress({ stage: "paginating", page: 2 });
    // The page went idle while the click's render was running: nothing new starts.
    speculative.prepare(request());
    expect(renders).toHaveLength(1);
    const file = pdf("%PDF-click");
    renders[0]!.resolve(file);
    await expect(first.result).resolves.toBe(file);
    expect(progress).toEqual([{ stage: "paginating", page: 2 }]);
    speculative.prepare(request());
    await expect(speculative.take(request(), () => {}).result).resolves.toBe(file);
    expect(renders).toHaveLength(1);
  });

  it("Cancel on a click's own render stops it unless a second click joined it", async () => {
    const { jobs, renders } = fakeJobs();
    const speculative = createSpeculativePdf(jobs);
    const first = speculative.take(request(), () => {});
    const second = speculative.take(request(), () => {});
    expect(renders).toHaveLength(1);
    first.cancel();
    await expect(first.result).rejects.toBeInstanceOf(PdfCancelled);
    expect(renders[0]!.cancelled).toBe(false);
    second.cancel();
    await expect(second.result).rejects.toBeInstanceOf(PdfCancelled);
    expect(renders[0]!.cancelled).toBe(true);
    // Nothing is kept: the next click renders afresh.
    speculative.take(request(), () => {});
    expect(renders).toHaveLength(2);
  });

  it("a click with a changed input stops the stale render ahead and renders afresh", async () => {
    const { jobs, renders } = fakeJobs();
    const speculative = createSpeculativePdf(jobs);
    speculative.prepare(request());
    speculative.take(request({ pageSize: "LETTER" }), () => {});
    expect(renders[0]!.cancelled).toBe(true);
    expect(renders).toHaveLength(2);
  });

  it("an edit drops the file made for the old input (and stops its render); the same input keeps it", async () => {
    const { jobs, renders } = fakeJobs();
    const speculative = createSpeculativePdf(jobs);
    speculative.prepare(request());
    speculative.retainOnly(request());
    expect(renders[0]!.cancelled).toBe(false);
    speculative.retainOnly(request({ name: "Fabrikam" }));
    expect(renders[0]!.cancelled).toBe(true);
    speculative.prepare(request({ name: "Fabrikam" }));
    expect(renders).toHaveLength(2);
  });

  it("Cancel on a click that joined the render ahead stops it; the next click renders afresh", async () => {
    const { jobs, renders } = fakeJobs();
    const speculative = createSpeculativePdf(jobs);
    speculative.prepare(request());
    const job = speculative.take(request(), () => {});
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(PdfCancelled);
    expect(renders[0]!.cancelled).toBe(true);
    speculative.take(request(), () => {});
    expect(renders).toHaveLength(2);
  });

  it("Cancel on one of two clicks waiting for the render ahead leaves it to the other", async () => {
    const { jobs, renders } = fakeJobs();
    const speculative = createSpeculativePdf(jobs);
    speculative.prepare(request());
    const mine = speculative.take(request(), () => {});
    const theirs = speculative.take(request(), () => {});
    mine.cancel();
    await expect(mine.result).rejects.toBeInstanceOf(PdfCancelled);
    expect(renders[0]!.cancelled).toBe(false);
    const file = pdf("%PDF-");
    renders[0]!.resolve(file);
    await expect(theirs.result).resolves.toBe(file);
  });

  it("when the render ahead fails, the waiting click renders again and gets that result", async () => {
    const { jobs, renders } = fakeJobs();
    const speculative = createSpeculativePdf(jobs);
    speculative.prepare(request());
    const job = speculative.take(request(), () => {});
    renders[0]!.reject(new Error("no PDF worker: a background export does not run on the page"));
    await expect.poll(() => renders.length).toBe(2);
    expect(renders[1]!.background).toBe(false);
    const file = pdf("%PDF-page");
    renders[1]!.resolve(file);
    await expect(job.result).resolves.toBe(file);
  });

  it(`plans over ${MAX_SPECULATIVE_SITES} sites only start the worker; without a worker nothing is rendered ahead`, () => {
    const large = fakeJobs();
    createSpeculativePdf(large.jobs).prepare(request({ sites: MAX_SPECULATIVE_SITES + 1 }));
    expect(large.renders).toHaveLength(0);
    expect(large.prewarms()).toBe(1);

    const noWorker = fakeJobs({ usesWorker: false });
    createSpeculativePdf(noWorker.jobs).prepare(request());
    expect(noWorker.renders).toHaveLength(0);
    expect(noWorker.prewarms()).toBe(0);
  });
});
