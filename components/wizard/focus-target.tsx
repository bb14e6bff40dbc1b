"use client";

import { useEffect } from "react";

const HIGHLIGHT = ["ring-4", "ring-brand", "ring-offset-4", "ring-offset-surface", "bg-surface-muted"];

function focusHash() {
  focusField(decodeURIComponent(window.location.hash.slice(1)));
}

/** Focuses and highlights a field control by id if it is on this page (links within the same step fire no hashchange). */
export function focusField(id: string) {
  if (!id.startsWith("field-")) return;
  const el = document.getElementById(id);
  if (!el) return;
  const wrapper = el.closest<HTMLElement>(".field-target") ?? el;
  el.scrollIntoView({ block: "center" });
  el.focus({ preventScroll: true });
  wrapper.classList.add(...HIGHLIGHT);
  window.setTimeout(() => wrapper.classList.remove(...HIGHLIGHT), 4000);
}

/** Click handler for a `/plan/<step>#field-...` link: focuses the field once the URL has changed. */
export const focusAfterNavigation = (href: string) => () =>
  window.setTimeout(() => focusField(href.split("#")[1] ?? ""), 50);

/** Follows `#field-...` links from findings: focuses and briefly highlights that control. */
export function FocusTarget({ ready }: { ready: boolean }) {
  useEffect(() => {
    if (!ready) return;
    const t = window.setTimeout(focusHash, 0);
    window.addEventListener("hashchange", focusHash);
    return () => {
      window.clearTimeout(t);
      window.removeEventListener("hashchange", focusHash);
    };
  }, [ready]);
  return null;
}
