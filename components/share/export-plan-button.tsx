"use client";

import { useTranslations } from "next-intl";
import { planFileName, serializePlanFile } from "@/lib/share/plan-file";
import { usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { downloadBlob } from "@/components/ui/download";

export function ExportPlanButton({ className }: { className?: string }) {
  const t = useTranslations("share");
  const plan = usePlanStore((s) => s.plan);
  const hydrated = useHydrated();
  const fileName = planFileName(plan);
  return (
    <button
      type="button"
      disabled={!hydrated}
      title={t("exportPlanHint", { file: fileName })}
      onClick={() => downloadBlob(fileName, serializePlanFile(plan), "application/json")}
      className={
        className ??
        "rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-muted disabled:opacity-50"
      }
    >
      {t("exportPlan")}
    </button>
  );
}
