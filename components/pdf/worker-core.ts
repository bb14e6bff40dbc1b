import {
  progressFromPage,
  type FromWorker,
  type PdfProgress,
  type RenderRequest,
  type ToWorker,
} from "./worker-protocol";
import type { PageListener } from "./page-progress";

type Engine = { render: (request: RenderRequest) => Promise<Blob> };

export type WorkerDeps = {
  /** Loads the renderer and the fonts and warms them up; called once (again only after a failure). */
  load: () => Promise<Engine>;
  post: (message: FromWorker) => void;
  setPageListener: (listener: PageListener | null) => void;
  now: () => number;
};

/** Page counts arrive once per page; a tenth of a second between them is plenty for a progress bar. */
export const PROGRESS_INTERVAL_MS = 100;

/** The worker's side of the protocol, apart from the worker globals so that it can be tested. */
export function createWorkerHandler(deps: WorkerDeps): (message: ToWorker) => Promise<void> {
  let engine: Promise<Engine> | null = null;
  const load = () => {
    engine ??= deps.load();
    engine.catch(() => {
      engine = null;
    });
    return engine;
  };

  // One document at a time: the labels and the page listener are module state that a second render would overwrite.
  let queue: Promise<void> = Promise.resolve();
  return (message) => {
    const run = queue.then(() => handle(message));
    queue = run.catch(() => {});
    return run;
  };

  async function handle(message: ToWorker): Promise<void> {
    if (message.type === "warm") {
      try {
        await load();
        deps.post({ type: "ready" });
      } catch (error) {
        deps.post({ type: "warm-failed", message: messageOf(error) });
      }
      return;
    }
    const { id, request } = message;
    let last: PdfProgress | null = null;
    let lastAt = -Infinity;
    const progress = (next: PdfProgress, force = false) => {
      const at = deps.now();
      if (!force && last?.stage === next.stage && at - lastAt < PROGRESS_INTERVAL_MS) return;
      last = next;
      lastAt = at;
      deps.post({ type: "progress", id, ...next });
    };
    try {
      progress({ stage: "loading" }, true);
      const { render } = await load();
      progress({ stage: "layout" }, true);
      deps.setPageListener((page, total) => progress(progressFromPage(page, total)));
      const pdf = await render(request);
      deps.post({ type: "done", id, pdf });
    } catch (error) {
      deps.post({ type: "failed", id, message: messageOf(error) });
    } finally {
      deps.setPageListener(null);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
