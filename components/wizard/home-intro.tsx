"use client";

import { useTranslations } from "next-intl";

/** The landing page's heading and intro, in the UI's language (a client component: LocaleProvider switches it). */
export function HomeIntro() {
  const t = useTranslations("landing");
  return (
    <>
      <h1 id="home-title" className="text-3xl font-bold tracking-tight">
        {t("title")}
      </h1>
      <p className="text-lg text-ink-muted">{t("intro")}</p>
    </>
  );
}
