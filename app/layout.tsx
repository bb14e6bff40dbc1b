import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { AppShell, type FooterTexts } from "@/components/ui/app-shell";
import { LocaleProvider } from "@/components/ui/locale-provider";
import { inEveryLocale } from "@/i18n/every-locale";
import { NEWEST_EDITION } from "@/lib/catalog/editions/resolve";
import { LOCALES } from "@/lib/i18n/locales";
import pkg from "@/package.json";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

/**
 * The footer's sentences with values, in every language the UI can switch to, formatted here on the server so
 * that the browser formats nothing while it hydrates (see AppShell).
 */
const editionDate = new Date(`${NEWEST_EDITION.msDate}T00:00:00Z`);
const version = inEveryLocale((t) => t("app.footerVersion", { version: pkg.version }));
const asOf = inEveryLocale((t, locale) =>
  t("app.footerAsOf", {
    date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(editionDate),
  }),
);
const footer = Object.fromEntries(
  LOCALES.map((locale) => [locale, { version: version[locale], asOf: asOf[locale] }]),
) as FooterTexts;

export default async function RootLayout({ children }: LayoutProps<"/">) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <NextIntlClientProvider>
          <LocaleProvider>
            <AppShell footer={footer}>{children}</AppShell>
          </LocaleProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
