"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useUiLocale } from "@/components/ui/use-ui-locale";
import { Button, buttonClass } from "@/components/ui/button";
import { OpenPlanFileButton } from "@/components/share/open-plan-file-button";
import { PlanList } from "@/components/plans/plan-list";
import { PresetList } from "@/components/plans/preset-list";
import { createDefaultPlan } from "@/lib/plan";
import { todayIso, usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { firstStepHref } from "./steps";

/** Landing: continue the current plan, the plan list, a new plan, presets and plan files; nothing here replaces a plan. */
export function Landing() {
  const t = useTranslations("plans");
  const router = useRouter();
  const hydrated = useHydrated();
  const createPlan = usePlanStore((s) => s.createPlan);
  const locale = useUiLocale();

  if (!hydrated) return <div className="h-48 animate-pulse rounded-lg bg-surface-muted" aria-busy="true" />;

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
            createPlan(createDefaultPlan(todayIso(), { locale }));
            router.push(firstStepHref);
          }}
        >
          {t("list.startNew")}
        </Button>
        <PlanList />
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

/** The plan this tab works on, when it is saved: straight back into the wizard or the review. */
function ContinueCard() {
  const t = useTranslations("plans");
  const format = useFormatter();
  const record = usePlanStore((s) => s.plans[s.currentId]);
  if (!record) return null;
  return (
    <section aria-labelledby="continue-heading" className="space-y-1 rounded-lg border border-line bg-surface-muted p-4">
      <h2 id="continue-heading" className="text-sm font-medium text-ink-muted">
        {t("continue.heading")}
      </h2>
      <p className="text-lg font-semibold wrap-anywhere">{t("continue.plan", { name: record.plan.name || t("unnamed") })}</p>
      {record.updatedAt ? (
        <p className="text-sm text-ink-muted">
          {t("continue.lastChange", { date: format.dateTime(new Date(record.updatedAt), { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3 pt-2">
        <Link href={firstStepHref} className={buttonClass("primary")}>
          {t("continue.resume")}
        </Link>
        <Link href="/review" className={buttonClass("secondary")}>
          {t("continue.review")}
        </Link>
      </div>
    </section>
  );
}
