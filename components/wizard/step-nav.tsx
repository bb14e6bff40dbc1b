"use client";

import { AppLink } from "@/components/ui/app-link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { loadPlanStore } from "@/state/lazy-store";
import { firstStepHref, neighbours } from "./step-list";

/** Back / Next links and a Reset that asks first. */
export function StepNav({ current }: { current: string }) {
  const t = useTranslations("wizard");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { prev, next } = neighbours(current);
  return (
    <div className="no-print mt-8 flex flex-wrap items-center gap-3 border-t border-line pt-4">
      {prev ? (
        <AppLink href={prev} className={buttonClass("secondary")}>
          {t("back")}
        </AppLink>
      ) : null}
      <AppLink href={next} className={buttonClass("primary")}>
        {next === "/review" ? t("toReview") : t("next")}
      </AppLink>
      <Button variant="ghost" className="ml-auto" onClick={() => setConfirming(true)}>
        {t("reset")}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t("resetTitle")}
        body={t("resetBody")}
        confirmLabel={t("resetConfirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => {
          setConfirming(false);
          void loadPlanStore().then(({ usePlanStore }) => {
            usePlanStore.getState().reset();
            router.push(firstStepHref);
          });
        }}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
