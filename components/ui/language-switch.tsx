"use client";

import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { isLocale } from "@/lib/i18n/locales";
import { LOCALE_NAMES, LOCALES } from "@/state/locale";
import { loadPlanStore } from "@/state/lazy-store";

/** The header's language switch: the UI, and the current plan's PDF, README and files, in English or German. */
export function LanguageSwitch() {
  const t = useTranslations("app");
  const id = useId();
  const locale = useLocale();
  return (
    <span className="flex items-center gap-1.5 text-sm">
      <label htmlFor={id} className="sr-only">
        {t("language")}
      </label>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-4 text-ink-muted"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <circle cx="10" cy="10" r="7.5" />
        <path d="M2.5 10h15M10 2.5c2.2 2.2 2.2 12.8 0 15M10 2.5c-2.2 2.2-2.2 12.8 0 15" />
      </svg>
      <select
        id={id}
        value={locale}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLocale(next)) void loadPlanStore().then(({ usePlanStore }) => usePlanStore.getState().setLocale(next));
        }}
        className="rounded-md border border-line bg-surface px-1.5 py-1 text-sm text-ink"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
