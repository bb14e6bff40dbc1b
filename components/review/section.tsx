import type { ReactNode } from "react";

/** A titled review section; the id is the in-page anchor of the table of contents. */
export function ReviewSection({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 space-y-4 print:break-before-auto">
      <h2 id={`${id}-title`} className="text-xl font-semibold print:break-after-avoid">
        {title}
      </h2>
      {intro ? <p className="text-ink-muted">{intro}</p> : null}
      {children}
    </section>
  );
}

export const tableClass = "w-full min-w-[36rem] border-collapse text-left text-sm print:min-w-0";
export const thClass = "border-b-2 border-line px-3 py-2 font-semibold align-bottom";
export const tdClass = "border-b border-line px-3 py-2 align-top";
export const rowClass = "break-inside-avoid";

/** Horizontal scroll for wide tables on narrow screens; printed at full width. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto print:overflow-visible">
      {children}
    </div>
  );
}
