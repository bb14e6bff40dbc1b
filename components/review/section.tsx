import type { ReactNode } from "react";
import { offscreenSidePadClass, offscreenSkipClass } from "@/components/ui/offscreen";

/** A titled review section; the id is the in-page anchor of the table of contents. */
export function ReviewSection({
  id,
  title,
  intro,
  busy,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  /** True while the section is still rendering its parts (aria-busy). */
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      className={`scroll-mt-4 space-y-4 print:break-before-auto ${offscreenSkipClass} ${offscreenSidePadClass}`}
    >
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

// Stacked tables: below the sm breakpoint (phones) each row is a card and each cell shows its column
// name before the value, so no column (Servers, Port) is clipped off the right edge at 390 px. The
// name comes from data-label through CSS alt text ('/ ""'), so screen readers keep the table's own headers.
export const stackTableClass = "w-full border-collapse text-left text-sm max-sm:block sm:min-w-[36rem] print:min-w-0";
export const stackHeadClass = "max-sm:sr-only";
export const stackBodyClass = "max-sm:block max-sm:space-y-3";
export const stackRowClass =
  "break-inside-avoid max-sm:block max-sm:rounded-md max-sm:border max-sm:border-line max-sm:px-3 max-sm:py-2";
/** The cell that names the row (site, host): the card's title. */
export const stackTitleClass =
  "border-b border-line px-3 py-2 align-top max-sm:block max-sm:border-0 max-sm:px-0 max-sm:pb-1 max-sm:text-base max-sm:font-semibold";
/** Any other cell: its content must be one element or one text, so the label and the value form one grid row. */
export const stackCellClass =
  "border-b border-line px-3 py-2 align-top max-sm:grid max-sm:grid-cols-[minmax(7rem,40%)_1fr] max-sm:gap-3 max-sm:border-0 max-sm:px-0 max-sm:py-0.5 max-sm:text-left max-sm:before:text-ink-muted max-sm:before:content-[attr(data-label)_/_'']";
