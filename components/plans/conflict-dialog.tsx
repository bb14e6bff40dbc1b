"use client";

import { useEffect, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { usePlanStore } from "@/state/plan-store";
import { nameWithSuffix } from "./plan-name";

/**
 * Asked when another tab saved or deleted the plan this tab has changes to (issue 17). Nothing is written
 * until the user chooses; there is no "cancel", because either choice keeps a version they can still use.
 */
export function ConflictDialog() {
  const t = useTranslations("plans.conflict");
  const tp = useTranslations("plans");
  const conflict = usePlanStore((s) => s.conflict);
  const name = usePlanStore((s) => s.plan.name);
  const resolve = usePlanStore((s) => s.resolveConflict);
  const ref = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const open = conflict !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      firstRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const deleted = conflict?.kind === "deleted" || !conflict?.theirs;
  const shown = name || tp("unnamed");
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => e.preventDefault()}
      className="m-auto max-w-lg rounded-lg border border-line bg-surface p-6 text-ink backdrop:bg-black/50"
    >
      {conflict ? (
        <>
          <h2 id={titleId} className="text-lg font-semibold">
            {t(deleted ? "deletedTitle" : "changedTitle")}
          </h2>
          <p id={bodyId} className="mt-2 text-ink-muted">
            {t(deleted ? "deletedBody" : "changedBody", { name: shown })}
          </p>
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <Button
              ref={firstRef}
              variant="primary"
              onClick={() =>
                resolve(
                  "copy",
                  nameWithSuffix(name, (n) => t("copyName", { name: n || tp("unnamed") })),
                )
              }
            >
              {t(deleted ? "keepNew" : "keepCopy")}
            </Button>
            <Button variant="danger" onClick={() => resolve("theirs")}>
              {t(deleted ? "letGo" : "useTheirs")}
            </Button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
