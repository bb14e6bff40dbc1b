"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { afterPlanStore, loadEngineInStages } from "@/state/lazy-store";
import { ReviewSkeleton } from "./review-skeleton";

// The review needs the store, the engine and the catalogs; the page's first paint does not wait for them (issue 17).
// The engine's first run over the plan happens before the view's first render, not inside it, in two tasks: the
// report, then its generated files (about half of the engine's time).
const ReviewView = dynamic(
  afterPlanStore(async () => {
    await loadEngineInStages();
    const [view, { warmPlanReport }] = await Promise.all([import("./review-view"), import("@/state/use-plan-report")]);
    await warmPlanReport("report without files", "report");
    return view.ReviewView;
  }),
  {
    ssr: false,
    loading: ReviewSkeleton,
  },
);

/** The review page: its heading and intro are static HTML, the report follows once its code and the plan are in. */
export function ReviewPage() {
  const t = useTranslations("review");
  return (
    <div className="space-y-10 print:space-y-6 print:text-black">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="no-print text-lg text-ink-muted">{t("intro")}</p>
      </header>
      <ReviewView />
    </div>
  );
}
