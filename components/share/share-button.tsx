"use client";

import { useId, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { countDone, withoutProgress } from "@/lib/plan";
import { createShareLink, RELIABLE_LINK_LENGTH } from "@/lib/share";
import { usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { ExportPlanButton } from "./export-plan-button";

// The share menu sits in the header of every page; its PDF export (and the engine it needs)
// loads only when the menu is opened, so the landing page stays light.
const ExportPdfButton = dynamic(() => import("@/components/pdf/export-pdf-button").then((m) => m.ExportPdfButton));

type CopyState = "idle" | "copied" | "failed";

export function ShareButton() {
  const t = useTranslations("share");
  const plan = usePlanStore((s) => s.plan);
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>("idle");
  // Checklist ticks name people; they go into a link only when the sender asks for it (issue 16).
  const [withTicks, setWithTicks] = useState(false);
  const ticks = countDone(plan.progress);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const titleId = useId();
  const lengthId = useId();

  // A link that would be refused on opening is never shown: such a plan travels as a plan file.
  const link = open ? createShareLink(window.location.origin, withTicks ? plan : withoutProgress(plan)) : null;
  const url = link?.ok ? link.url : "";
  const tooLong = link?.ok === true && !link.reliable;

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      inputRef.current?.select();
      setCopy("failed");
    }
  }

  return (
    // Escape closes from anywhere in the widget, the Share button included.
    <div className="relative" onKeyDown={(e) => open && e.key === "Escape" && close()}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!hydrated}
        onClick={() => {
          setOpen((o) => !o);
          setCopy("idle");
        }}
        className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-strong disabled:opacity-50 dark:text-surface"
      >
        {t("shareButton")}
      </button>
      {open && (
        <section
          id={panelId}
          aria-labelledby={titleId}
          className="absolute right-0 z-20 mt-2 w-[min(28rem,calc(100vw-2rem))] space-y-3 rounded-lg border border-line bg-surface p-4 text-sm shadow-lg"
        >
          <h2 id={titleId} className="text-base font-semibold">
            {t("shareTitle")}
          </h2>
          <p className="text-ink-muted">{t("shareIntro")}</p>
          {ticks > 0 && (
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                checked={withTicks}
                onChange={(e) => {
                  setWithTicks(e.currentTarget.checked);
                  setCopy("idle");
                }}
                className="mt-0.5 size-4 shrink-0 accent-brand"
              />
              <span>{t("includeProgress", { count: ticks })}</span>
            </label>
          )}
          {link && !link.ok && (
            <p role="alert" className="rounded-md border border-warning p-2 text-warning">
              {t("tooLarge", { count: link.length, limit: link.limit })}
            </p>
          )}
          {link?.ok && (
            <div className="space-y-1">
              <label htmlFor={`${panelId}-link`} className="block font-medium">
                {t("linkLabel")}
              </label>
              <input
                id={`${panelId}-link`}
                ref={inputRef}
                readOnly
                value={url}
                aria-describedby={lengthId}
                onFocus={(e) => e.currentTarget.select()}
                className="w-full rounded-md border border-line bg-surface-muted px-2 py-1 font-mono text-xs text-ink"
              />
              <p id={lengthId} className="text-ink-muted">
                {t("length", { count: url.length })}
              </p>
            </div>
          )}
          {tooLong && (
            <p role="alert" className="rounded-md border border-warning p-2 text-warning">
              {t("tooLong", { count: url.length, limit: RELIABLE_LINK_LENGTH })}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            {link?.ok && (
              <button
                type="button"
                onClick={copyLink}
                className="rounded-md bg-brand px-3 py-1.5 font-medium text-white hover:bg-brand-strong dark:text-surface"
              >
                {t("copy")}
              </button>
            )}
            <ExportPlanButton />
            <button
              type="button"
              onClick={close}
              className="rounded-md border border-line px-3 py-1.5 font-medium text-ink hover:bg-surface-muted"
            >
              {t("close")}
            </button>
          </div>
          <p aria-live="polite" className="min-h-5 text-ink-muted">
            {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : ""}
          </p>
          <div className="border-t border-line pt-3">
            <ExportPdfButton />
          </div>
        </section>
      )}
    </div>
  );
}
