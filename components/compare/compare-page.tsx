"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

function Loading() {
  const t = useTranslations("compare");
  return <p role="status">{t("loading")}</p>;
}

/**
 * Comparing needs the store and the engine: they load after the page is drawn (issue 17), with one import. Loaded
 * in staged tasks (afterPlanStore), the plans showed ~1 s later on a simulated phone: on an empty storage their
 * "two plans needed" text is the page's largest paint (Lighthouse LCP 3.7 s, 4.6 s staged).
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
