"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

type Props = { name: string; onOpenAsNew: () => void; onReplace: () => void; onCancel: () => void };

/** Asked when a link or file carries a different plan under the name of a saved one: never a silent overwrite. */
export function ReplacePlanPrompt({ name, onOpenAsNew, onReplace, onCancel }: Props) {
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
        {t("title", { name: name || t("unnamed") })}
      </h2>
      <p>{t("body", { name: name || t("unnamed") })}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onOpenAsNew}
          className={`${button} bg-brand text-white hover:bg-brand-strong dark:text-surface`}
        >
          {t("openAsNew")}
        </button>
        <button
          type="button"
          onClick={onReplace}
          className={`${button} border border-blocker text-blocker hover:bg-surface-muted`}
        >
          {t("replace", { name: name || t("unnamed") })}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className={`${button} border border-line text-ink hover:bg-surface-muted`}
        >
          {t("cancel")}
        </button>
      </div>
    </section>
  );
}
