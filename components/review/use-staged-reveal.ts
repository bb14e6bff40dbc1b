"use client";

import { startTransition, useEffect, useLayoutEffect, useState } from "react";
import { flushSync } from "react-dom";

/** Set once the page is printed or an in-page link is followed: from then on every view renders whole at once. */
let revealAll = false;

/**
 * How many of a long view's `total` parts to render: `first` at once, then one more per frame, each after the
 * browser has laid out and painted the one before. The review's report rendered in one go was one task of 468-903 ms
 * at 4x CPU, most of it the layout of the checklist's ~800 elements (scripts/bench/long-tasks.mjs on /review); in
 * parts, input is handled between them. Printing, an in-page link and a hidden tab (which draws no frames) get
 * every part at once.
 */
export function useStagedReveal(total: number, first: number): number {
  const [shown, setShown] = useState(() =>
    revealAll || (typeof document !== "undefined" && document.hidden) ? total : Math.min(first, total),
  );
  // A layout effect: listening from the moment the part is in the page, before it is painted.
  useLayoutEffect(() => {
    // Synchronously: the browser lays the page out for printing right after its beforeprint handlers, and a part
    // mounted now (the checklist) starts whole because of the flag.
    const all = () => {
      revealAll = true;
      flushSync(() => setShown(total));
    };
    // The browser looked for the link's target before it was there: go to it now that it is.
    const toTarget = () => {
      all();
      document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
    };
    window.addEventListener("beforeprint", all);
    window.addEventListener("hashchange", toTarget);
    return () => {
      window.removeEventListener("beforeprint", all);
      window.removeEventListener("hashchange", toTarget);
    };
  }, [total]);
  useEffect(() => {
    if (shown >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The next part renders in a task after the frame that draws this one, so their layouts are two tasks; in a
    // transition, so that React renders it in slices of ~5 ms and commits it whole. Rendered at once, a part (the
    // ports table, a checklist phase) was a task of 8-24 ms on this machine, 30-100 ms at a phone's speed.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown((n) => Math.min(total, n + 1))), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total]);
  return Math.min(shown, total);
}
