import { createTranslator } from "next-intl";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import english from "@/messages/en";
import german from "@/messages/de";

type Translator = ReturnType<typeof createTranslator<typeof english>>;

/**
 * A text with values, formatted here on the server for every language the UI can switch to, for a client component
 * to pick by the current locale. Formatting a message with values in the browser constructs intl-messageformat,
 * whose first use sets up the browser's Intl (ICU): ~25 ms at a phone's speed, inside the hydration task when the
 * text is on screen at load (issue 17, TBT). Server components only: it imports every catalog.
 */
export function inEveryLocale(format: (t: Translator, locale: Locale) => string): Record<Locale, string> {
  const catalogs: Record<Locale, typeof english> = { en: english, de: german as typeof english };
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, format(createTranslator({ locale, messages: catalogs[locale] }), locale)]),
  ) as Record<Locale, string>;
}
