import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { AppShell } from "@/components/ui/app-shell";
import { LocaleProvider } from "@/components/ui/locale-provider";
import { NEWEST_EDITION } from "@/lib/catalog/editions/resolve";
import pkg from "@/package.json";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: LayoutProps<"/">) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <NextIntlClientProvider>
          <LocaleProvider>
            <AppShell version={pkg.version} requirementsDate={NEWEST_EDITION.msDate}>
              {children}
            </AppShell>
          </LocaleProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
