"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useUiLocale } from "@/components/ui/use-ui-locale";
import { Button } from "@/components/ui/button";
import { OpenPlanFileButton } from "@/components/share/open-plan-file-button";
import dynamic from "next/dynamic";
import { PresetList } from "@/components/plans/preset-list";
import { afterPlanStore, loadPlanStore } from "@/state/lazy-store";
import { todayIso } from "@/state/today";
import { firstStepHref } from "./step-list";

// The saved plans need the store (and the plan schema it validates them with): they load after the page is
// drawn. Everything else on the landing is static text and buttons that load what they need when used.
const SavedPlans = dynamic(
  afterPlanStore(() => import("@/components/plans/plan-list").then((m) => m.PlanList)),
  {
    ssr: false,
    // As tall as the list with no saved plans yet (its sentence wraps to two lines on a phone), so that a new visitor's
    // page does not move when the list arrives.
    loading: () => <div className="h-[5.5rem] animate-pulse rounded-lg bg-surface-muted sm:h-16" aria-hidden="true" />,
  },
);
const ContinueCard = dynamic(
  afterPlanStore(() => import("./continue-card").then((m) => m.ContinueCard)),
  {
    ssr: false,
  },
);

/** Landing: continue the current plan, the plan list, a new plan, presets and plan files; nothing here replaces a plan. */
export function Landing() {
  const t = useTranslations("plans");
  const router = useRouter();
  const locale = useUiLocale();

  return (
    <div className="space-y-10">
      <ContinueCard />
      <section id="plans" aria-labelledby="plans-heading" className="scroll-mt-4 space-y-3">
        <h2 id="plans-heading" className="text-xl font-semibold">
          {t("list.heading")}
        </h2>
        <p className="text-ink-muted">{t("list.intro")}</p>
        <Button
          variant="primary"
          onClick={() => {
            void Promise.all([import("@/lib/plan/defaults"), loadPlanStore()]).then(
              ([{ createDefaultPlan }, { usePlanStore }]) => {
                usePlanStore.getState().createPlan(createDefaultPlan(todayIso(), { locale }));
                router.push(firstStepHref);
              },
            );
          }}
        >
          {t("list.startNew")}
        </Button>
        <SavedPlans />
      </section>
      <section aria-labelledby="presets-heading" className="space-y-3">
        <h2 id="presets-heading" className="text-xl font-semibold">
          {t("presets.heading")}
        </h2>
        <p className="text-ink-muted">{t("presets.intro")}</p>
        <PresetList />
      </section>
      <section aria-labelledby="open-heading" className="space-y-3">
        <h2 id="open-heading" className="text-xl font-semibold">
          {t("open.heading")}
        </h2>
        <p className="text-ink-muted">{t("open.intro")}</p>
        <OpenPlanFileButton />
      </section>
    </div>
  );
}
