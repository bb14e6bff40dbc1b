"use client";

import { AppLink } from "./app-link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import dynamic from "next/dynamic";
import { ShareButton } from "@/components/share/share-button";
import type { Locale } from "@/lib/i18n/locales";
import { afterPlanStore } from "@/state/lazy-store";
import { LanguageSwitch } from "./language-switch";
import { useUiLocale } from "./use-ui-locale";

// The store's notices (unreadable plan, failed save, another tab's change) need the store; they load with it,
// after the page is drawn, and show nothing until there is something to say.
const StoreNotices = dynamic(
  afterPlanStore(() => import("@/components/plans/store-notices").then((m) => m.StoreNotices)),
  { ssr: false },
);

/** The footer's two sentences with values, per language (see app/layout.tsx). */
export type FooterTexts = Record<Locale, { version: string; asOf: string }>;

/**
 * The app's mark (public/favicon.svg), drawn inline: as an <img> it was one more request, and Chrome builds a
 * separate SVG document for it while the first frame is painted (issue 17, first paint on a phone).
 */
function Logo() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" width={24} height={24} className="shrink-0">
      <rect width="32" height="32" rx="6" fill="#0f6b63" />
      <path d="M6 24V14a10 10 0 0 1 20 0v10h-5V14a5 5 0 0 0-10 0v10z" fill="#fff" />
    </svg>
  );
}

/**
 * Header, main and footer; a client component so that its texts follow the plan's language (LocaleProvider).
 * The footer's sentences with values come formatted for every language from the server: formatting them here,
 * during hydration, was the page's first use of the browser's Intl (ICU), whose one-time set-up held a phone's
 * main thread for ~50 ms on every page (issue 17, Lighthouse TBT).
 */
export function AppShell({ children, footer }: { children: ReactNode; footer: FooterTexts }) {
  const t = useTranslations("app");
  const texts = footer[useUiLocale()];
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-surface focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <header className="no-print border-b border-line bg-surface-muted">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3">
          <AppLink href="/" className="flex items-center gap-2 font-semibold text-ink no-underline">
            <Logo />
            <span>{t("name")}</span>
          </AppLink>
          <div className="ml-auto flex items-center gap-3">
            <LanguageSwitch />
            <ShareButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <StoreNotices />
        {children}
      </main>
      <footer className="border-t border-line text-sm text-ink-muted">
        <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-4">
          <span>{texts.version}</span>
          <span>
            {texts.asOf} (
            <AppLink href="/editions" className="underline">
              {t("footerEditions")}
            </AppLink>
            )
          </span>
          <span>{t("footerPrivacy")}</span>
          <AppLink href="/sources" className="underline underline-offset-2">
            {t("footerSources")}
          </AppLink>
        </div>
      </footer>
    </div>
  );
}
