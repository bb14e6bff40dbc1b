import { documentInput } from "./document-input";
import { fetchPdfFonts } from "./fetch-fonts";
import { setPageListener } from "./page-progress";
import { renderChecklistPdf, warmUpRenderer } from "./render";
import { createWorkerHandler } from "./worker-core";
import type { FromWorker, ToWorker } from "./worker-protocol";

// Renders the checklist PDF off the page's main thread (issue 17): a 500-site plan lays out for a minute, and the
// page stays usable meanwhile. Fonts come from this origin's /fonts/, fetched by the worker itself.
// Typed by hand: the project compiles against the DOM library, not the worker one.
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
};

// User Timing marks, read by `scripts/bench/pdf-browser.mjs --breakdown` to say where an export's time goes.
performance.mark("pdf:worker-ready");

const handle = createWorkerHandler({
  load: async () => {
    const fontUrl = await fetchPdfFonts();
    performance.mark("pdf:fonts-fetched");
    await warmUpRenderer(fontUrl);
    performance.mark("pdf:warmed-up");
    return {
      render: async (request) => {
        performance.mark("pdf:render-start");
        const { plan, report, options } = documentInput(request);
        performance.mark("pdf:input-ready");
        const pdf = await renderChecklistPdf(plan, report, options, fontUrl);
        performance.mark("pdf:rendered");
        return pdf;
      },
    };
  },
  post: (message: FromWorker) => scope.postMessage(message),
  setPageListener,
  now: () => performance.now(),
});

scope.addEventListener("message", (event) => {
  void handle(event.data);
});
