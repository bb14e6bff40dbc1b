"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { planFileName, serializePlanFile } from "@/lib/share/plan-file";
import { Button, buttonClass } from "@/components/ui/button";
import { downloadBlob } from "@/components/ui/download";
import { sortPlans } from "@/state/library";
import { usePlanStore } from "@/state/plan-store";
import { PlanCard } from "./plan-card";
import { nameWithSuffix } from "./plan-name";
import { UnreadableCard } from "./unreadable-card";
import { compareHref, MAX_COMPARED } from "./compare-href";

type Status = { text: string; undo?: boolean } | null;

/** Every plan saved in this browser, newest first, with the unreadable ones kept visible. */
export function PlanList() {
  const t = useTranslations("plans");
  const router = useRouter();
  const plans = usePlanStore((s) => s.plans);
  const unreadable = usePlanStore((s) => s.unreadable);
  const currentId = usePlanStore((s) => s.currentId);
  const store = usePlanStore.getState;
  const sorted = useMemo(() => sortPlans(Object.values(plans)), [plans]);
  const [picked, setPicked] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  // The deleted card took the focus with it: Undo is where a keyboard user continues.
  useEffect(() => {
    if (status?.undo) undoRef.current?.focus();
  }, [status]);
  const selected = picked.filter((id) => plans[id]);
  const nameOf = (id: string) => plans[id]?.plan.name || t("unnamed");

  function open(id: string) {
    store().openPlan(id);
    router.push("/review");
  }
  function duplicate(id: string) {
    const name = nameWithSuffix(plans[id]?.plan.name ?? "", (n) => t("list.copyName", { name: n || t("unnamed") }));
    if (store().duplicatePlan(id, name)) setStatus({ text: t("list.duplicated", { name }) });
  }
  function remove(id: string) {
    const name = nameOf(id);
    store().deletePlan(id);
    setStatus({ text: t("list.deleted", { name }), undo: true });
  }
  function undo() {
    const name = store().lastDeleted?.record.plan.name || t("unnamed");
    store().undoDelete();
    setStatus({ text: t("list.restored", { name }) });
  }
  function exportPlan(id: string) {
    const plan = plans[id]!.plan;
    downloadBlob(planFileName(plan), serializePlanFile(plan), "application/json");
    setStatus({ text: t("list.exported", { file: planFileName(plan) }) });
  }

  return (
    <div className="space-y-4">
      {sorted.length === 0 ? <p className="text-ink-muted">{t("list.empty")}</p> : null}
      <ul className="space-y-3">
        {sorted.map((record) => (
          <PlanCard
            key={record.id}
            record={record}
            current={record.id === currentId}
            selected={selected.includes(record.id)}
            onSelect={(on) =>
              setPicked((p) =>
                on ? [...p.filter((id) => id !== record.id), record.id] : p.filter((id) => id !== record.id),
              )
            }
            onOpen={() => open(record.id)}
            onDuplicate={() => duplicate(record.id)}
            onRename={(name) => {
              store().renamePlan(record.id, name);
              setStatus({ text: t("list.renamed", { name: name || t("unnamed") }) });
            }}
            onExport={() => exportPlan(record.id)}
            onDelete={() => remove(record.id)}
          />
        ))}
        {Object.values(unreadable).map((u) => (
          <UnreadableCard key={u.id} unreadable={u} />
        ))}
      </ul>
      <div role="status" className="min-h-6 text-sm">
        {status ? (
          <span className="flex flex-wrap items-center gap-3">
            {status.text}
            {status.undo ? (
              <Button ref={undoRef} className="!px-3 !py-1 text-sm" onClick={undo}>
                {t("list.undo")}
              </Button>
            ) : null}
          </span>
        ) : null}
      </div>
      {sorted.length > 1 ? <CompareAction selected={selected} onGo={() => router.push(compareHref(selected))} /> : null}
    </div>
  );
}

function CompareAction({ selected, onGo }: { selected: string[]; onGo(): void }) {
  const t = useTranslations("plans.list");
  const ready = selected.length >= 2 && selected.length <= MAX_COMPARED;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={!ready}
        aria-describedby="compare-hint"
        onClick={onGo}
        className={buttonClass("secondary")}
      >
        {t("compareButton")}
      </button>
      <p id="compare-hint" className="text-sm text-ink-muted">
        {selected.length > MAX_COMPARED
          ? t("compareTooMany", { count: selected.length - MAX_COMPARED })
          : t("compareHint", { count: selected.length })}
      </p>
    </div>
  );
}
