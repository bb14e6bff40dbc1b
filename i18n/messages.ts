export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export async function loadMessages(locale: Locale) {
  return (await import(`../messages/${locale}.json`)).default;
}
