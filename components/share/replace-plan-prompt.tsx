"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

type Props = {
  currentName: string;
  incomingName: string;
  onKeepAndOpen: () => void;
  onReplace?: () => void;
  onCancel: () => void;
};

/** Asked before a link or file replaces a different plan saved in this browser: never a silent overwrite. */
export function ReplacePlanPrompt({ currentName, incomingName, onKeepAndOpen, onReplace, onCancel }: Props) {
  const t = useTranslations("share.replace");
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const button = "rounded-md px-3 py-1.5 text-sm font-medium";
  return (
    <section
      role="group"
      aria-labelledby="replace-plan-title"
      className="space-y-3 rounded-lg border-2 border-warning bg-surface p-4"
    >
      <h2 id="replace-plan-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {t("title")}
      </h2>
      <p>{t("body", { incoming: incomingName || t("unnamed"), current: currentName || t("unnamed") })}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onKeepAndOpen} className={`${button} bg-brand text-white hover:bg-brand-strong dark:text-surface`}>
          {t("keepAndOpen")}
        </button>
        {onReplace && (
          <button type="button" onClick={onReplace} className={`${button} border border-line text-ink hover:bg-surface-muted`}>
            {t("replace")}
          </button>
        )}
        <button type="button" onClick={onCancel} className={`${button} border border-line text-ink hover:bg-surface-muted`}>
          {t("cancel")}
        </button>
      </div>
    </section>
  );
}
