"use client";

import { useFormatter, useTranslations } from "next-intl";
import { isDone } from "@/lib/plan/progress";
import type { ChecklistItem } from "@/lib/report/types";
import { usePlanStore } from "@/state/plan-store";
import { SourceRefs } from "@/components/sources/source-refs";
import { useMyName } from "@/state/use-my-name";
import { ChecklistTools } from "./checklist-tools";
import { offscreenSkipClass } from "@/components/ui/offscreen";
import { ReviewSection } from "./section";
import { useStagedReveal } from "./use-staged-reveal";

/** Items grouped by phase in report order; the first appearance of a phase fixes its position. */
function groupByPhase(items: readonly ChecklistItem[]): { phase: string; items: ChecklistItem[] }[] {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) groups.set(item.phase, [...(groups.get(item.phase) ?? []), item]);
  return [...groups].map(([phase, list]) => ({ phase, items: list }));
}

/** The deployment checklist; a tick, who made it and the day are part of the plan, so they travel with it. */
export function ChecklistSection({ checklist }: { checklist: ChecklistItem[] }) {
  const t = useTranslations("review.checklist");
  const format = useFormatter();
  const plan = usePlanStore((s) => s.plan);
  const setItemDone = usePlanStore((s) => s.setItemDone);
  const [myName, setMyName] = useMyName();
  const progress = plan.progress;
  const groups = groupByPhase(checklist);
  // The checklist is most of the review's elements: its phases come one per frame too (use-staged-reveal.ts).
  const shownGroups = useStagedReveal(groups.length, 1);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ReviewSection id="checklist" title={t("title")} intro={t("intro")} busy={shownGroups < groups.length}>
      {checklist.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ChecklistTools name={myName} onName={setMyName} plan={plan} checklist={checklist} />
      )}
      {groups.slice(0, shownGroups).map(({ phase, items }, gi) => {
        const headingId = `checklist-phase-${gi}`;
        const done = items.filter((i) => isDone(progress, i.id)).length;
        return (
          <section
            key={phase}
            aria-labelledby={headingId}
            className={`space-y-2 ${offscreenSkipClass}`}
            data-testid="checklist-phase"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-line pb-1 print:break-after-avoid">
              <h3 id={headingId} className="text-lg font-semibold">
                {phase}
              </h3>
              <span className="text-sm text-ink-muted tabular-nums" data-testid="checklist-progress">
                {t("progress", { done, total: items.length })}
              </span>
            </div>
            <ul className="space-y-2">
              {items.map((item) => {
                const id = `check-${item.id}`;
                const entry = progress[item.id];
                const ticked = entry?.done === true;
                return (
                  <li key={item.id} className="flex gap-3 rounded-md p-2 break-inside-avoid hover:bg-surface-muted">
                    <input
                      id={id}
                      type="checkbox"
                      checked={ticked}
                      onChange={(e) => setItemDone(item.id, e.currentTarget.checked, myName || undefined)}
                      aria-describedby={`${id}-detail${ticked ? ` ${id}-done` : ""}`}
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
                      {ticked ? (
                        <p id={`${id}-done`} className="text-sm font-medium text-brand" data-testid="checklist-done">
                          {entry.by && entry.on
                            ? t("doneByOn", { by: entry.by, date: day(entry.on) })
                            : entry.on
                              ? t("doneOn", { date: day(entry.on) })
                              : entry.by
                                ? t("doneBy", { by: entry.by })
                                : t("doneOnly")}
                        </p>
                      ) : null}
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
