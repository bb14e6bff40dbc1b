import type { ReactNode } from "react";
import type { Plan } from "@/lib/plan/schema";
import type { Report } from "@/lib/report/types";

/** One compared plan: its letter (A, B, C), the column heading, the plan and its report. */
export type Column = { id: string; letter: string; label: string; plan: Plan; report: Report };

export const tableClass = "w-full border-collapse text-left text-sm";
export const thClass = "border-b-2 border-line px-3 py-2 align-bottom font-semibold";
export const rowHeadClass = "border-b border-line px-3 py-2 align-top font-medium";
export const tdClass = "border-b border-line px-3 py-2 align-top tabular-nums";

/** A compare section: heading and content; sections never start at the bottom of a printed page. */
export function CompareSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 print:break-inside-auto">
      <h2 id={`${id}-title`} className="text-xl font-semibold print:break-after-avoid">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A table that scrolls sideways on narrow screens instead of clipping; printed at full width. */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto print:overflow-visible">
      {children}
    </div>
  );
}

/** The header row: the measure's column, then one column per plan. */
export function PlanHeadRow({ first, columns }: { first: string; columns: readonly Column[] }) {
  return (
    <tr>
      <th scope="col" className={thClass}>
        {first}
      </th>
      {columns.map((c) => (
        <th key={c.id} scope="col" className={`${thClass} break-words`}>
          {c.label}
        </th>
      ))}
    </tr>
  );
}
