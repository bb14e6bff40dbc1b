"use client";

import { useId, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

const loadPanel = () => import("./share-panel");
// The header is on every page: what the menu needs (the store, the link codec, fflate) loads when it is used.
const SharePanel = dynamic(() => loadPanel().then((m) => m.SharePanel), { ssr: false });

export function ShareButton() {
  const t = useTranslations("share");
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  return (
    // Escape closes from anywhere in the widget, the Share button included.
    <div className="relative" onKeyDown={(e) => open && e.key === "Escape" && close()}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => setOpen((o) => !o)}
        className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-strong disabled:opacity-50 dark:text-surface"
      >
        {t("shareButton")}
      </button>
      {open && <SharePanel id={panelId} onClose={close} />}
    </div>
  );
}
