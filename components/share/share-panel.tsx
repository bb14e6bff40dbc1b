"use client";

import { useId, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { countDone, withoutProgress } from "@/lib/plan/progress";
import { createShareLink } from "@/lib/share/url";
import { RELIABLE_LINK_LENGTH } from "@/lib/share/codec";
import { usePlanStore } from "@/state/plan-store";
import { ExportPlanButton } from "./export-plan-button";

// The PDF export (and the engine it needs) loads only when the menu is opened.
const ExportPdfButton = dynamic(() => import("@/components/pdf/export-pdf-button").then((m) => m.ExportPdfButton));

type CopyState = "idle" | "copied" | "failed";

/**
 * The share menu's content: the link, the plan file and the PDF. Loaded when the menu first opens (or the
 * pointer or focus heads for the button), with the store and the link codec, so no page loads them up front.
 */
export function SharePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useTranslations("share");
  const plan = usePlanStore((s) => s.plan);
  const [copy, setCopy] = useState<CopyState>("idle");
  // Checklist ticks name people; they go into a link only when the sender asks for it (issue 16).
  const [withTicks, setWithTicks] = useState(false);
  const ticks = countDone(plan.progress);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const lengthId = useId();

  // A link that would be refused on opening is never shown: such a plan travels as a plan file.
  const link = createShareLink(window.location.origin, withTicks ? plan : withoutProgress(plan));
  const url = link.ok ? link.url : "";
  const tooLong = link.ok && !link.reliable;

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
    <section
      id={id}
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
      {!link.ok && (
        <p role="alert" className="rounded-md border border-warning p-2 text-warning">
          {t("tooLarge", { count: link.length, limit: link.limit })}
        </p>
      )}
      {link.ok && (
        <div className="space-y-1">
          <label htmlFor={`${id}-link`} className="block font-medium">
            {t("linkLabel")}
          </label>
          <input
            id={`${id}-link`}
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
        {link.ok && (
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
          onClick={onClose}
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
  );
}
