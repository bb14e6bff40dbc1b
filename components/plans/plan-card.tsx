"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { countDone } from "@/lib/plan/progress";
import { totalDevices } from "@/lib/plan/consistency";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { StoredPlan } from "@/state/plan-store";
import { checkPlanName } from "./plan-name";

type Props = {
  record: StoredPlan;
  current: boolean;
  selected: boolean;
  onSelect(selected: boolean): void;
  onOpen(): void;
  onDuplicate(): void;
  onRename(name: string): void;
  onExport(): void;
  onDelete(): void;
};

const small = "!px-3 !py-1.5 text-sm";

/** One saved plan: what it is, and open, compare, duplicate, rename, export, delete. */
export function PlanCard({
  record,
  current,
  selected,
  onSelect,
  onOpen,
  onDuplicate,
  onRename,
  onExport,
  onDelete,
}: Props) {
  const t = useTranslations("plans");
  const format = useFormatter();
  const headingId = useId();
  const name = record.plan.name || t("unnamed");
  const label = (action: string) => (
    <>
      {t(`list.${action}`)}
      <span className="sr-only"> {t("list.planName", { name })}</span>
    </>
  );
  const done = countDone(record.plan.progress);
  return (
    <li className={`space-y-3 rounded-lg border p-4 ${current ? "border-brand" : "border-line"}`}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={headingId} className="text-lg font-semibold wrap-anywhere">
          {name}
        </h3>
        {current ? (
          <span className="rounded border border-brand px-1.5 text-xs font-medium text-brand">{t("list.current")}</span>
        ) : null}
      </div>
      <p className="text-sm text-ink-muted">
        {t("list.meta", { sites: record.plan.sites.length, devices: totalDevices(record.plan.devices) })}
        {" · "}
        {record.updatedAt
          ? t("list.lastChange", {
              date: format.dateTime(new Date(record.updatedAt), { dateStyle: "medium", timeStyle: "short" }),
            })
          : t("list.neverChanged")}
        {done > 0 ? ` · ${t("list.progress", { done })}` : null}
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-brand"
          checked={selected}
          onChange={(e) => onSelect(e.currentTarget.checked)}
        />
        {t("list.compareSelect", { name })}
      </label>
      <RenameOrActions
        name={record.plan.name}
        shown={name}
        onRename={onRename}
        actions={(rename) => (
          <>
            <Button variant="primary" className={small} onClick={onOpen}>
              {label("open")}
            </Button>
            <Button className={small} onClick={onDuplicate}>
              {label("duplicate")}
            </Button>
            <Button className={small} onClick={rename} data-rename>
              {label("rename")}
            </Button>
            <Button className={small} onClick={onExport}>
              {label("export")}
            </Button>
            <Button variant="danger" className={small} onClick={onDelete}>
              {label("delete")}
            </Button>
          </>
        )}
      />
    </li>
  );
}

type RenameProps = {
  name: string;
  shown: string;
  onRename(name: string): void;
  /** The card's buttons; `rename` switches them for the rename form. */
  actions(rename: () => void): React.ReactNode;
};

/** The action buttons, or in their place a small form to rename the plan (Escape cancels). */
function RenameOrActions({ name, shown, onRename, actions }: RenameProps) {
  const t = useTranslations("plans.list");
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const wasEditing = useRef(false);
  const wrapper = useRef<HTMLDivElement>(null);
  // Back from the form (saved or cancelled): keyboard focus returns to the Rename button.
  useEffect(() => {
    if (editing === null && wasEditing.current)
      wrapper.current?.querySelector<HTMLButtonElement>("[data-rename]")?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);
  if (editing === null) {
    return (
      <div ref={wrapper} className="flex flex-wrap gap-2">
        {actions(() => setEditing(name))}
      </div>
    );
  }
  const problem = checkPlanName(editing);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (problem) return;
    onRename(editing!.trim());
    setEditing(null);
  }
  return (
    <form onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && setEditing(null)} className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {t("renameLabel", { name: shown })}
      </label>
      <input
        id={id}
        autoFocus
        value={editing}
        onChange={(e) => setEditing(e.currentTarget.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        className={`${inputClass} max-w-md`}
      />
      {problem ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-blocker">
          {t("renameError", { problem })}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" className={small}>
          {t("save")}
        </Button>
        <Button className={small} onClick={() => setEditing(null)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
