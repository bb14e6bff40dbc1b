import { loadPdfRenderer } from "./load-renderer";
import type { FromWorker, PdfProgress, RenderRequest, ToWorker } from "./worker-protocol";

export type PdfJob = { result: Promise<Blob>; cancel: () => void };
type Pending = {
  request: RenderRequest;
  onProgress: (p: PdfProgress) => void;
  resolve: (b: Blob) => void;
  reject: (e: Error) => void;
  onPage: boolean;
  /** A speculative export (speculative-pdf.ts): never laid out on the main thread, where it would block the page unasked. */
  background: boolean;
};

export class PdfCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "PdfCancelled";
  }
}

/** How the page talks to pdf.worker.ts; a seam so the job logic is testable without a browser. */
export type WorkerFactory = () => Pick<Worker, "postMessage" | "terminate" | "addEventListener">;
export type MainThreadRenderer = (request: RenderRequest, onProgress: (p: PdfProgress) => void) => Promise<Blob>;

/**
 * Runs PDF exports in one shared worker (started early by prewarm), so the page stays responsive while react-pdf
 * lays out. Cancel terminates the worker; jobs of another export button carry on in a fresh one. When no worker can
 * start (no Worker, a blocked or missing script) the export runs on the main thread as before, so it never just breaks.
 */
export function createPdfJobs(createWorker: WorkerFactory | null, renderOnMainThread: MainThreadRenderer) {
  let worker: ReturnType<WorkerFactory> | null = null;
  // The worker never answered before it failed: this browser cannot run it, so later exports skip it.
  let unusable = createWorker === null;
  let answered = false;
  let nextId = 1;
  const jobs = new Map<number, Pending>();

  const onMessage = (from: ReturnType<WorkerFactory>, event: MessageEvent<FromWorker>) => {
    // A terminated worker's last events still arrive: they speak for a worker that is gone, not the current one.
    if (from !== worker) return;
    const message = event.data;
    answered = true;
    if (message.type === "ready" || message.type === "warm-failed") return;
    const job = jobs.get(message.id);
    if (!job) return;
    if (message.type === "progress") job.onProgress({ stage: message.stage, page: message.page, total: message.total });
    else {
      jobs.delete(message.id);
      if (message.type === "done") job.resolve(message.pdf);
      else job.reject(new Error(message.message));
    }
  };

  const onError = (from: ReturnType<WorkerFactory>, event: Event) => {
    event.preventDefault();
    if (from !== worker) return;
    // A worker that never answered did not start (blocked, missing, no module workers): the main thread renders instead.
    const started = answered;
    stop();
    if (!started) unusable = true;
    for (const [id, job] of jobs) {
      if (job.onPage) continue;
      if (!started) fallBack(id, job);
      else {
        jobs.delete(id);
        job.reject(new Error("the PDF worker stopped unexpectedly"));
      }
    }
  };

  function fallBack(id: number, job: Pending) {
    if (!job.background) return onPage(id, job);
    jobs.delete(id);
    job.reject(new Error("no PDF worker: a background export does not run on the page"));
  }

  function onPage(id: number, job: Pending) {
    job.onPage = true;
    const settle = (finish: () => void) => {
      if (jobs.get(id) !== job) return;
      jobs.delete(id);
      finish();
    };
    // After the caller has its job in hand: progress reported during render() itself would reach a callback that
    // still refers to the job being created (the Export button's did, and every page export failed).
    void Promise.resolve().then(async () => {
      // Cancelled in the meantime: layout on the main thread cannot be interrupted, so it is not begun.
      if (jobs.get(id) !== job) return;
      try {
        const blob = await renderOnMainThread(job.request, job.onProgress);
        settle(() => job.resolve(blob));
      } catch (error) {
        settle(() => job.reject(error instanceof Error ? error : new Error(String(error))));
      }
    });
  }

  function start(): ReturnType<WorkerFactory> | null {
    if (unusable || !createWorker) return null;
    if (worker) return worker;
    try {
      worker = createWorker();
    } catch {
      unusable = true;
      return null;
    }
    answered = false;
    const current = worker;
    current.addEventListener("message", ((event: MessageEvent<FromWorker>) =>
      onMessage(current, event)) as EventListener);
    current.addEventListener("error", (event) => onError(current, event));
    worker.postMessage({ type: "warm" } satisfies ToWorker);
    return worker;
  }

  function stop() {
    worker?.terminate();
    worker = null;
  }

  function send(id: number, job: Pending) {
    const w = start();
    if (!w) return fallBack(id, job);
    w.postMessage({ type: "render", id, request: job.request } satisfies ToWorker);
  }

  return {
    /** Starts the worker and has it load the renderer and fonts, so a click pays only for layout. */
    prewarm(): void {
      start();
    },
    render(request: RenderRequest, onProgress: (p: PdfProgress) => void, { background = false } = {}): PdfJob {
      const id = nextId++;
      let cancelled = false;
      const result = new Promise<Blob>((resolve, reject) => {
        const job: Pending = { request, onProgress, resolve, reject, onPage: false, background };
        jobs.set(id, job);
        send(id, job);
      });
      const cancel = () => {
        if (cancelled) return;
        cancelled = true;
        const job = jobs.get(id);
        if (!job) return;
        jobs.delete(id);
        job.reject(new PdfCancelled());
        // Layout on the main thread cannot be interrupted; its result is dropped.
        if (job.onPage) return;
        stop();
        // Another button's export shared the worker: it starts over in a fresh one.
        for (const [otherId, other] of jobs) if (!other.onPage) send(otherId, other);
      };
      return { result, cancel };
    },
    get usesWorker(): boolean {
      return !unusable;
    },
  };
}

/** The main-thread path: the renderer chunk and fonts load on the page, layout blocks it (the pre-worker behaviour). */
export const renderOnPage: MainThreadRenderer = async (request, onProgress) => {
  onProgress({ stage: "loading" });
  const [{ renderer, fontUrl }, { documentInput }] = await Promise.all([loadPdfRenderer(), import("./document-input")]);
  onProgress({ stage: "layout" });
  // Let the stage paint before layout takes the thread.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const { plan, report, options } = documentInput(request);
  return renderer.renderChecklistPdf(plan, report, options, fontUrl);
};

let shared: ReturnType<typeof createPdfJobs> | null = null;

/** The page's one job runner; the worker is created only in the browser, on the first prewarm or export. */
export function pdfJobs(): ReturnType<typeof createPdfJobs> {
  shared ??= createPdfJobs(
    typeof Worker === "undefined"
      ? null
      : () => new Worker(new URL("./pdf.worker.ts", import.meta.url), { type: "module" }),
    renderOnPage,
  );
  return shared;
}
