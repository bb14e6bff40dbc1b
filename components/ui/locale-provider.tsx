"use client";

import { useEffect, useState, type ReactNode } from "react";
import { NextIntlClientProvider, useMessages, type AbstractIntlMessages } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { useLazyPlanStore } from "@/state/lazy-store";

type Catalog = AbstractIntlMessages;
/** German texts load only for German (a separate chunk); English is what the server rendered. */
let german: Catalog | null = null;
const loadGerman = async () => (german ??= (await import("@/messages/de")).default as Catalog);

/**
 * The UI speaks the current plan's language (plan-format §4.1 `locale`): a link made in German opens in German,
 * and the header's switch changes the plan's language. The server renders English; the saved plans are read
 * right after load, and the page re-renders in their language without remounting anything.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const english = useMessages();
  // The store is not part of any page's first load (state/lazy-store.ts); until it has read storage the UI is English.
  const hydrated = useLazyPlanStore(() => true, false);
  const wanted: Locale = useLazyPlanStore((s) => s.plan.locale, "en");
  const [catalog, setCatalog] = useState<Catalog | null>(german);
  useEffect(() => {
    if (wanted === "de" && !catalog) void loadGerman().then(setCatalog);
  }, [wanted, catalog]);
  const locale: Locale = wanted === "de" && catalog ? "de" : "en";
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.localeReady = hydrated ? "true" : "false";
  }, [locale, hydrated]);
  return (
    <NextIntlClientProvider locale={locale} messages={locale === "de" ? catalog! : english} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
