"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { downloadBlob } from "@/components/ui/download";
import { usePlanStore, type Unreadable } from "@/state/plan-store";

/** A saved plan that could not be read: why, its raw data as a file, and deleting it after a question. */
export function UnreadableCard({ unreadable }: { unreadable: Unreadable }) {
  const t = useTranslations("plans.unreadable");
  const discard = usePlanStore((s) => s.discardUnreadable);
  const [confirming, setConfirming] = useState(false);
  const headingId = `unreadable-${unreadable.id}`;
  return (
    <li className="space-y-3 rounded-lg border-2 border-warning p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h3>
      <p>{t("body")}</p>
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {unreadable.issues.slice(0, 10).map((issue, i) => (
          <li key={i}>
            {issue.path ? <code className="font-mono">{issue.path}</code> : null} {issue.message}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="primary"
          className="!px-3 !py-1.5 text-sm"
          onClick={() => downloadBlob("tunnel-planner-saved-data.txt", unreadable.raw)}
        >
          {t("export")}
        </Button>
        <Button variant="danger" className="!px-3 !py-1.5 text-sm" onClick={() => setConfirming(true)}>
          {t("delete")}
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
          discard(unreadable.id);
        }}
        onCancel={() => setConfirming(false)}
      />
    </li>
  );
}
