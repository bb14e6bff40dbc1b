import { describe, expect, it, vi } from "vitest";
import { createPdfJobs, PdfCancelled, type MainThreadRenderer, type PdfJob } from "./pdf-jobs";
import type { FromWorker, PdfProgress, RenderRequest, ToWorker } from "./worker-protocol";

const request = {
  plan: {},
  report: {},
  options: { pageSize: "A4", generatedOn: "2026-11-29" },
} as unknown as RenderRequest;

/** A stand-in for pdf.worker.ts: records what the page sends, and lets the test answer or fail. */
class FakeWorker {
  sent: ToWorker[] = [];
  terminated = false;
  private listeners: Record<string, ((event: Event) => void)[]> = {};
  postMessage(message: ToWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  answer(message: FromWorker) {
    for (const l of this.listeners.message ?? []) l({ data: message } as MessageEvent);
  }
  fail() {
    for (const l of this.listeners.error ?? []) l(new Event("error"));
  }
  renders() {
    return this.sent.filter((m): m is Extract<ToWorker, { type: "render" }> => m.type === "render");
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const onPage = vi.fn<MainThreadRenderer>(async () => new Blob(["page"]));
  const jobs = createPdfJobs(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  }, onPage);
  return { workers, onPage, jobs };
}

describe("createPdfJobs", () => {
  it("prewarm starts one worker that loads the renderer; the export runs there and forwards progress", async () => {
    const { workers, onPage, jobs } = setup();
    jobs.prewarm();
    jobs.prewarm();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent).toEqual([{ type: "warm" }]);
    const progress: PdfProgress[] = [];
    const job = jobs.render(request, (p) => progress.push(p));
    const [render] = workers[0]!.renders();
    expect(render).toMatchObject({ type: "render", request });
    workers[0]!.answer({ type: "ready" });
    workers[0]!.answer({ type: "progress", id: render!.id, stage: "paginating", page: 4 });
    const pdf = new Blob(["%PDF-"]);
    workers[0]!.answer({ type: "done", id: render!.id, pdf });
    await expect(job.result).resolves.toBe(pdf);
    expect(progress).toEqual([{ stage: "paginating", page: 4, total: undefined }]);
    expect(onPage).not.toHaveBeenCalled();
  });

  it("cancel terminates the worker and rejects the job; the next export starts a fresh worker", async () => {
    const { workers, jobs } = setup();
    const job = jobs.render(request, () => {});
    workers[0]!.answer({ type: "progress", id: workers[0]!.renders()[0]!.id, stage: "layout" });
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(PdfCancelled);
    expect(workers[0]!.terminated).toBe(true);
    jobs.render(request, () => {});
    expect(workers).toHaveLength(2);
    expect(workers[1]!.renders()).toHaveLength(1);
  });

  it("cancelling one export leaves another button's export running, in a fresh worker", async () => {
    const { workers, jobs } = setup();
    const mine = jobs.render(request, () => {});
    const theirs = jobs.render(request, () => {});
    const theirId = workers[0]!.renders()[1]!.id;
    mine.cancel();
    await expect(mine.result).rejects.toBeInstanceOf(PdfCancelled);
    expect(workers[1]!.renders().map((m) => m.id)).toEqual([theirId]);
    const pdf = new Blob(["%PDF-"]);
    workers[1]!.answer({ type: "done", id: theirId, pdf });
    await expect(theirs.result).resolves.toBe(pdf);
  });

  it("on the page, progress starts only after render() has returned the job (the caller's callback may refer to it)", async () => {
    const onPage = vi.fn<MainThreadRenderer>(async (_request, onProgress) => {
      onProgress({ stage: "loading" });
      return new Blob(["page"]);
    });
    const jobs = createPdfJobs(null, onPage);
    const seen: string[] = [];
    // The Export button's shape: the callback reads the job it is passed to.
    const job: PdfJob = jobs.render(request, () => seen.push(job === undefined ? "no job" : "job"));
    await expect(job.result).resolves.toBeInstanceOf(Blob);
    expect(seen).toEqual(["job"]);
  });

  it("an export on the page cancelled before it began never starts its layout", async () => {
    const onPage = vi.fn<MainThreadRenderer>(async () => new Blob(["page"]));
    const jobs = createPdfJobs(null, onPage);
    const job = jobs.render(request, () => {});
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(PdfCancelled);
    await Promise.resolve();
    expect(onPage).not.toHaveBeenCalled();
  });

  it("a cancelled worker's late error or message does not touch the fresh worker's export (no fall back to the page)", async () => {
    const { workers, onPage, jobs } = setup();
    const first = jobs.render(request, () => {});
    first.cancel();
    await expect(first.result).rejects.toBeInstanceOf(PdfCancelled);
    const second = jobs.render(request, () => {});
    const id = workers[1]!.renders()[0]!.id;
    // The terminated worker was still loading its scripts: its load error and a stray answer come in now.
    workers[0]!.fail();
    workers[0]!.answer({ type: "failed", id, message: "stale" });
    expect(onPage).not.toHaveBeenCalled();
    expect(workers[1]!.terminated).toBe(false);
    expect(jobs.usesWorker).toBe(true);
    const pdf = new Blob(["%PDF-"]);
    workers[1]!.answer({ type: "done", id, pdf });
    await expect(second.result).resolves.toBe(pdf);
  });

  it("a worker that fails before it ever answers (blocked or missing script) hands the export to the main thread, and later ones too", async () => {
    const { workers, onPage, jobs } = setup();
    const job = jobs.render(request, () => {});
    workers[0]!.fail();
    expect(workers[0]!.terminated).toBe(true);
    expect(await (await job.result).text()).toBe("page");
    await jobs.render(request, () => {}).result;
    expect(workers).toHaveLength(1);
    expect(onPage).toHaveBeenCalledTimes(2);
    expect(jobs.usesWorker).toBe(false);
  });

  it("without Worker support, or when the constructor throws, the main thread renders", async () => {
    const onPage = vi.fn<MainThreadRenderer>(async () => new Blob(["page"]));
    await createPdfJobs(null, onPage).render(request, () => {}).result;
    const throwing = createPdfJobs(() => {
      throw new Error("SecurityError");
    }, onPage);
    throwing.prewarm();
    await throwing.render(request, () => {}).result;
    expect(onPage).toHaveBeenCalledTimes(2);
  });

  it("a background export never falls back to the main thread: it fails instead, and a click's export still renders on the page", async () => {
    const { workers, onPage, jobs } = setup();
    const ahead = jobs.render(request, () => {}, { background: true });
    workers[0]!.fail();
    await expect(ahead.result).rejects.toThrow("no PDF worker");
    await expect(jobs.render(request, () => {}, { background: true }).result).rejects.toThrow("no PDF worker");
    expect(onPage).not.toHaveBeenCalled();
    expect(await (await jobs.render(request, () => {}).result).text()).toBe("page");
  });

  it("a worker that crashes mid-export reports an error instead of freezing the page with a retry", async () => {
    const { workers, onPage, jobs } = setup();
    const job = jobs.render(request, () => {});
    workers[0]!.answer({ type: "progress", id: workers[0]!.renders()[0]!.id, stage: "layout" });
    workers[0]!.fail();
    await expect(job.result).rejects.toThrow("the PDF worker stopped unexpectedly");
    expect(onPage).not.toHaveBeenCalled();
  });

  it("passes on the worker's own error message", async () => {
    const { workers, jobs } = setup();
    const job = jobs.render(request, () => {});
    workers[0]!.answer({
      type: "failed",
      id: workers[0]!.renders()[0]!.id,
      message: "the font /fonts/DejaVuSans.ttf could not be loaded (HTTP 404)",
    });
    await expect(job.result).rejects.toThrow("HTTP 404");
  });
});
