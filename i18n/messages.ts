export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

const catalogs = {
  en: () => import("../messages/en"),
} satisfies Record<Locale, () => Promise<{ default: Record<string, unknown> }>>;

export async function loadMessages(locale: Locale) {
  return (await catalogs[locale]()).default;
}
