"use client";

import { useTranslations } from "next-intl";
import type { ChecklistItem } from "@/lib/report/types";
import { usePlanStore } from "@/state/plan-store";
import { SourceRefs } from "@/components/sources/source-refs";
import { ReviewSection } from "./section";

/** Items grouped by phase in report order; the first appearance of a phase fixes its position. */
function groupByPhase(items: readonly ChecklistItem[]): { phase: string; items: ChecklistItem[] }[] {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) groups.set(item.phase, [...(groups.get(item.phase) ?? []), item]);
  return [...groups].map(([phase, list]) => ({ phase, items: list }));
}

/** The deployment checklist; ticks live in the store's `progress` and survive reloads. */
export function ChecklistSection({ checklist }: { checklist: ChecklistItem[] }) {
  const t = useTranslations("review.checklist");
  const progress = usePlanStore((s) => s.progress);
  const toggle = usePlanStore((s) => s.toggleProgress);
  const groups = groupByPhase(checklist);
  return (
    <ReviewSection id="checklist" title={t("title")} intro={t("intro")}>
      {checklist.length === 0 ? <p>{t("none")}</p> : null}
      {groups.map(({ phase, items }, gi) => {
        const headingId = `checklist-phase-${gi}`;
        const done = items.filter((i) => progress[i.id]).length;
        return (
          <section key={phase} aria-labelledby={headingId} className="space-y-2" data-testid="checklist-phase">
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-line pb-1 print:break-after-avoid">
              <h3 id={headingId} className="text-lg font-semibold">{phase}</h3>
              <span className="text-sm text-ink-muted tabular-nums" data-testid="checklist-progress">
                {t("progress", { done, total: items.length })}
              </span>
            </div>
            <ul className="space-y-2">
              {items.map((item) => {
                const id = `check-${item.id}`;
                return (
                  <li key={item.id} className="flex gap-3 rounded-md p-2 break-inside-avoid hover:bg-surface-muted">
                    <input
                      id={id}
                      type="checkbox"
                      checked={!!progress[item.id]}
                      onChange={() => toggle(item.id)}
                      aria-describedby={`${id}-detail`}
                      className="mt-1 size-4 shrink-0 accent-brand"
                    />
                    <div className="min-w-0 space-y-1 wrap-anywhere">
                      <label htmlFor={id} className="font-medium">
                        {item.title}
                      </label>
                      <span className="ml-2 inline-block rounded border border-line bg-surface-muted px-1.5 text-xs font-medium">
                        <span className="sr-only">{t("ownerLabel", { owner: t(`owner.${item.owner}`) })}</span>
                        <span aria-hidden="true">{t(`owner.${item.owner}`)}</span>
                      </span>
                      <p id={`${id}-detail`} className="text-sm text-ink-muted">
                        {item.detail}
                      </p>
                      <SourceRefs fact={item.fact} />
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </ReviewSection>
  );
}
