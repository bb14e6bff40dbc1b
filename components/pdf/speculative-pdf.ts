import { PdfCancelled, pdfJobs, type PdfJob } from "./pdf-jobs";
import type { PdfProgress, RenderRequest } from "./worker-protocol";

/**
 * Larger plans are not rendered ahead: their layout takes the worker (and a phone's battery) for many seconds or
 * minutes that nobody may want; their export starts on the click, with the progress bar.
 */
export const MAX_SPECULATIVE_SITES = 100;

type Jobs = {
  prewarm(): void;
  render(request: RenderRequest, onProgress: (p: PdfProgress) => void, options?: { background?: boolean }): PdfJob;
  readonly usesWorker: boolean;
};

type Entry = {
  key: string;
  job: PdfJob;
  pdf: Blob | null;
  progress: PdfProgress;
  /** The clicks waiting for this render (one per Export PDF button). */
  listeners: Set<(p: PdfProgress) => void>;
};

/**
 * The exact input of a render. Two requests with the same key produce the same file: the plan, the day it is
 * evaluated for, the link's origin and every option (paper, contents, date on the cover) are all in it. A plan
 * that serializes differently but means the same only costs a fresh render, never a stale file.
 */
export function requestKey(request: RenderRequest): string {
  return JSON.stringify(request);
}

/**
 * Issue 17: the checklist PDF of a typical plan downloads at once on the click. Once the page is idle the worker
 * renders the PDF for the current input in the background (`prepare`) and keeps the one file; the click (`take`)
 * downloads it when the input is still the same, waits for that render when it is still running, and otherwise
 * drops it and renders afresh. Only ever one file is kept: a new input drops the old one (and stops its render).
 */
export function createSpeculativePdf(jobs: Jobs) {
  let entry: Entry | null = null;

  function drop() {
    // Cancelling a finished job does nothing; a running one stops with its worker.
    entry?.job.cancel();
    entry = null;
  }

  /** Renders `request` and keeps it as the one file; `listener` hears its progress from the first event on. */
  function start(request: RenderRequest, key: string, background: boolean, listener?: (p: PdfProgress) => void): Entry {
    const current: Omit<Entry, "job"> = {
      key,
      pdf: null,
      progress: { stage: "loading" },
      listeners: new Set(listener ? [listener] : []),
    };
    const job = jobs.render(
      request,
      (progress) => {
        current.progress = progress;
        for (const each of current.listeners) each(progress);
      },
      { background },
    );
    const started: Entry = Object.assign(current, { job });
    entry = started;
    job.result.then(
      (pdf) => {
        started.pdf = pdf;
      },
      () => {
        // A failed render is forgotten; the next click renders again and reports the error itself.
        if (entry === started) entry = null;
      },
    );
    return started;
  }

  /**
   * A click joins the render that is already running for its input: it gets the progress from now on and the file.
   * Its Cancel leaves the render to any other click waiting for it, else stops it.
   */
  function adopt(current: Entry, request: RenderRequest, onProgress: (p: PdfProgress) => void): PdfJob {
    current.listeners.add(onProgress);
    // Where the render stands, once the caller has the job in hand (as with a fresh render, progress comes later).
    queueMicrotask(() => {
      if (current.listeners.has(onProgress)) onProgress(current.progress);
    });
    let cancelled = false;
    let again: PdfJob | null = null;
    let rejectMine: (error: Error) => void = () => {};
    const result = new Promise<Blob>((resolve, reject) => {
      rejectMine = reject;
      current.job.result.then(resolve, (error: unknown) => {
        if (cancelled) return;
        if (error instanceof PdfCancelled) return reject(error);
        // The background render failed (no worker could start): the click renders again, on the page if need be.
        again = jobs.render(request, onProgress);
        again.result.then(resolve, reject);
      });
    });
    const cancel = () => {
      if (cancelled) return;
      cancelled = true;
      rejectMine(new PdfCancelled());
      again?.cancel();
      release(current, onProgress);
    };
    return { result, cancel };
  }

  /** A click lets go of a render: it goes on for another click waiting for it, and is kept once done; else it stops. */
  function release(current: Entry, onProgress: (p: PdfProgress) => void) {
    current.listeners.delete(onProgress);
    if (current.listeners.size > 0 || current.pdf) return;
    if (entry === current) drop();
    else current.job.cancel();
  }

  return {
    /**
     * Renders `request` in the background unless that file is already there or on its way. Without a worker (the
     * export would block the page) or for a large plan it only starts the worker, so the click pays for layout alone.
     */
    prepare(request: RenderRequest): void {
      if (!jobs.usesWorker) return;
      const key = requestKey(request);
      if (entry?.key === key) return;
      drop();
      if (request.plan.sites.length > MAX_SPECULATIVE_SITES) {
        jobs.prewarm();
        return;
      }
      start(request, key, true);
    },

    /**
     * The export for a click: the prepared file when `request` is exactly what it was rendered for, else a fresh
     * render that is kept in its place.
     */
    take(request: RenderRequest, onProgress: (p: PdfProgress) => void): PdfJob {
      const key = requestKey(request);
      const current = entry;
      if (!current || current.key !== key) {
        drop();
        // The click's render becomes the kept file: the render ahead, due once the page is idle again, and a second
        // click on the same input find it instead of laying the same document out once more.
        const fresh = start(request, key, false, onProgress);
        let rejectMine: (error: Error) => void = () => {};
        const result = new Promise<Blob>((resolve, reject) => {
          rejectMine = reject;
          fresh.job.result.then(resolve, reject);
        });
        const cancel = () => {
          if (!fresh.listeners.has(onProgress)) return;
          rejectMine(new PdfCancelled());
          // A second click that joined this render (adopt) keeps it going.
          release(fresh, onProgress);
        };
        return { result, cancel };
      }
      if (current.pdf) return { result: Promise.resolve(current.pdf), cancel: () => {} };
      return adopt(current, request, onProgress);
    },

    /** Drops the prepared file, and stops its render, unless it is for `request`: the input it was for is gone. */
    retainOnly(request: RenderRequest): void {
      if (entry && entry.key !== requestKey(request)) drop();
    },
  };
}

let shared: ReturnType<typeof createSpeculativePdf> | null = null;

/** The page's one prepared PDF, shared by every Export PDF button (review toolbar, share menu). */
export function speculativePdf(): ReturnType<typeof createSpeculativePdf> {
  shared ??= createSpeculativePdf(pdfJobs());
  return shared;
}
