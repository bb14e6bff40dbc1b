"use client";

import { useTranslations } from "next-intl";
import { MAX_COMPARED, COMPARE_LETTERS as LETTERS } from "@/components/plans/compare-href";
import type { StoredPlan } from "@/state/plan-store";

type Props = { plans: StoredPlan[]; selected: string[]; onChange(ids: string[]): void };

/** Which saved plans to compare; at most three, in the order they were ticked (A, B, C). */
export function ComparePicker({ plans, selected, onChange }: Props) {
  const t = useTranslations("compare");
  const tp = useTranslations("plans");
  const full = selected.length >= MAX_COMPARED;
  return (
    <fieldset className="no-print space-y-2 rounded-lg border border-line p-4" aria-describedby="compare-pick-hint">
      <legend className="px-1 font-semibold">{t("pickLegend")}</legend>
      <p id="compare-pick-hint" className="text-sm text-ink-muted">
        {t("pickHint")}
      </p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {plans.map((r) => {
          const checked = selected.includes(r.id);
          return (
            <li key={r.id}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="size-4 accent-brand"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) =>
                    onChange(e.currentTarget.checked ? [...selected, r.id] : selected.filter((id) => id !== r.id))
                  }
                />
                <span className="wrap-anywhere">{r.plan.name || tp("unnamed")}</span>
                {checked ? (
                  <span
                    aria-hidden="true"
                    className="rounded border border-brand px-1.5 text-xs font-semibold text-brand"
                  >
                    {LETTERS[selected.indexOf(r.id)]}
                  </span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
