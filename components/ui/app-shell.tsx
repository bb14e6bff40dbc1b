"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import dynamic from "next/dynamic";
import { ShareButton } from "@/components/share/share-button";
import { LanguageSwitch } from "./language-switch";

// The store's notices (unreadable plan, failed save, another tab's change) need the store; they load with it,
// after the page is drawn, and show nothing until there is something to say.
const StoreNotices = dynamic(() => import("@/components/plans/store-notices").then((m) => m.StoreNotices), {
  ssr: false,
});

/** Header, main and footer; a client component so that its texts follow the plan's language (LocaleProvider). */
export function AppShell({
  children,
  version,
  requirementsDate,
}: {
  children: ReactNode;
  version: string;
  requirementsDate: string;
}) {
  const t = useTranslations("app");
  const format = useFormatter();
  const asOf = format.dateTime(new Date(`${requirementsDate}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
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
          <Link href="/" className="flex items-center gap-2 font-semibold text-ink no-underline">
            {/* eslint-disable-next-line @next/next/no-img-element -- a 24px static SVG needs no optimiser */}
            <img src="/favicon.svg" alt="" width={24} height={24} />
            <span>{t("name")}</span>
          </Link>
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
          <span>{t("footerVersion", { version })}</span>
          <span>
            {t("footerAsOf", { date: asOf })} (
            <Link href="/editions" className="underline">
              {t("footerEditions")}
            </Link>
            )
          </span>
          <span>{t("footerPrivacy")}</span>
          <Link href="/sources" className="underline underline-offset-2">
            {t("footerSources")}
          </Link>
        </div>
      </footer>
    </div>
  );
}
