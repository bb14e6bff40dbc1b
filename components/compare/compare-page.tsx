"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

function Loading() {
  const t = useTranslations("compare");
  return <p role="status">{t("loading")}</p>;
}

/**
 * Comparing needs the store and the engine: they load after the page is drawn, in tasks of their own (issue 17).
 * Rendered whole in the browser, the page's first paint was a status line and its largest paint (Lighthouse LCP)
 * waited for both: 3.7 s on a simulated phone against 0.85 s for its first paint.
 */
const CompareView = dynamic(() => import("./compare-view").then((m) => m.CompareView), {
  ssr: false,
  loading: Loading,
});

/** The compare page: its heading and intro are static HTML, the plans follow once the store and the engine are in. */
export function ComparePage() {
  const t = useTranslations("compare");
  return (
    <div className="space-y-10 print:space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-ink-muted">{t("intro")}</p>
      </header>
      <CompareView />
    </div>
  );
}
