"use client";

import { AppLink } from "@/components/ui/app-link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { ConflictDialog } from "./conflict-dialog";

const box = "no-print mb-6 space-y-2 rounded-lg border-2 p-4";

/**
 * What the store could not do silently, on every page (issue 17): the plan this tab meant to continue is
 * unreadable (typing goes to a new plan), stored drafts had the wrong shape, a save failed, another tab
 * changed the plan.
 */
export function StoreNotices() {
  const t = useTranslations("plans.notices");
  const hydrated = useHydrated();
  const recovery = usePlanStore((s) => s.recovery);
  const currentId = usePlanStore((s) => s.currentId);
  const dropped = usePlanStore((s) => s.droppedDrafts[s.currentId]);
  const saveFailed = usePlanStore((s) => s.saveFailed);
  const adopted = usePlanStore((s) => s.adoptedAt !== null);
  const { dismissRecovery, dismissDroppedDrafts } = usePlanStore.getState();
  if (!hydrated) return null;
  const fields = dropped?.flatMap((d) => d.paths.map((p) => p || d.stepId)).join(", ");
  return (
    <>
      {recovery ? (
        <section role="alert" aria-labelledby="recovery-notice-title" className={`${box} border-warning`}>
          <h2 id="recovery-notice-title" className="font-semibold">
            {t("recoveryTitle")}
          </h2>
          <p>{t("recoveryBody")}</p>
          <div className="flex flex-wrap gap-3">
            <AppLink href="/#plans" className={`${buttonClass("secondary")} !px-3 !py-1.5 text-sm`}>
              {t("toPlans")}
            </AppLink>
            <Button className="!px-3 !py-1.5 text-sm" onClick={dismissRecovery}>
              {t("dismiss")}
            </Button>
          </div>
        </section>
      ) : null}
      {fields ? (
        <section role="alert" aria-labelledby="dropped-notice-title" className={`${box} border-warning`}>
          <h2 id="dropped-notice-title" className="font-semibold">
            {t("droppedTitle")}
          </h2>
          <p>{t("droppedBody", { fields })}</p>
          <Button className="!px-3 !py-1.5 text-sm" onClick={() => dismissDroppedDrafts(currentId)}>
            {t("dismiss")}
          </Button>
        </section>
      ) : null}
      {saveFailed ? (
        <p role="alert" className={`${box} border-blocker`}>
          {t("saveFailed")}
        </p>
      ) : null}
      <p role="status" className={adopted ? `${box} border-info` : "sr-only"}>
        {adopted ? t("adopted") : ""}
      </p>
      <ConflictDialog />
    </>
  );
}
