"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { downloadBlob } from "@/components/ui/download";
import { usePlanStore, type Recovery } from "@/state/plan-store";

/** Explains a saved plan that could not be loaded; offers its raw text as a file, or a fresh start. */
export function RecoveryNotice({ recovery }: { recovery: Recovery }) {
  const t = useTranslations("landing.recovery");
  const reset = usePlanStore((s) => s.reset);
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="recovery-title" className="space-y-4 rounded-lg border-2 border-warning p-6">
      <h2 id="recovery-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>{t("body")}</p>
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {recovery.issues.slice(0, 10).map((issue, i) => (
          <li key={i}>
            {issue.path ? <code className="font-mono">{issue.path}</code> : null} {issue.message}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button variant="primary" onClick={() => downloadBlob("tunnel-planner-saved-data.txt", recovery.raw)}>
          {t("export")}
        </Button>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t("startFresh")}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle")}
        body={t("confirmBody")}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => {
          setConfirming(false);
          reset();
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
