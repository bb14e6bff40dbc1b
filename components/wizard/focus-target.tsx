"use client";

import { useEffect } from "react";

const HIGHLIGHT = ["ring-4", "ring-brand", "ring-offset-4", "ring-offset-surface", "bg-surface-muted"];

function focusHash() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id.startsWith("field-")) return;
  const el = document.getElementById(id);
  if (!el) return;
  const wrapper = el.closest<HTMLElement>(".field-target") ?? el;
  el.scrollIntoView({ block: "center" });
  el.focus({ preventScroll: true });
  wrapper.classList.add(...HIGHLIGHT);
  window.setTimeout(() => wrapper.classList.remove(...HIGHLIGHT), 4000);
}

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
