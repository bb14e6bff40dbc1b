import type { Metadata } from "next";
import { createTranslator, NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { AppShell, type FooterTexts } from "@/components/ui/app-shell";
import { LocaleProvider } from "@/components/ui/locale-provider";
import { NEWEST_EDITION } from "@/lib/catalog/editions/resolve";
import { LOCALES } from "@/lib/i18n/locales";
import english from "@/messages/en";
import german from "@/messages/de";
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
const footer = Object.fromEntries(
  LOCALES.map((locale) => {
    const t = createTranslator({ locale, messages: { en: english, de: german }[locale], namespace: "app" });
    const date = new Date(`${NEWEST_EDITION.msDate}T00:00:00Z`);
    const asOf = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
    return [locale, { version: t("footerVersion", { version: pkg.version }), asOf: t("footerAsOf", { date: asOf }) }];
  }),
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
