"use client";

import { useEffect, useState } from "react";

/**
 * How many of a long view's `total` parts to render: `first` at once, then one more per frame, each after the
 * browser has laid out and painted the one before. The review's report rendered in one go was one task of 468-903 ms
 * at 4x CPU, most of it the layout of the checklist's ~800 elements (scripts/bench/long-tasks.mjs on /review); in
 * parts, input is handled between them. Printing, an in-page link and a hidden tab (which draws no frames) get
 * every part at once.
 */
export function useStagedReveal(total: number, first: number): number {
  const [shown, setShown] = useState(() => Math.min(first, total));
  useEffect(() => {
    const all = () => setShown(total);
    if (document.hidden) all();
    window.addEventListener("beforeprint", all);
    window.addEventListener("hashchange", all);
    return () => {
      window.removeEventListener("beforeprint", all);
      window.removeEventListener("hashchange", all);
    };
  }, [total]);
  useEffect(() => {
    if (shown >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The next part renders in a task after the frame that draws this one, so their layouts are two tasks.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown((n) => Math.min(total, n + 1)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total]);
  return Math.min(shown, total);
}
