import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";

// The language for new plans (issue 14): the user's last choice in this browser, else the browser's own
// language when we have it. A plan carries its own `locale`; the UI shows the current plan's language.
export const LOCALE_KEY = "tunnel-planner:locale";

/** The first of the browser's languages we have ("de-AT" → de), else English. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export function preferredLocale(): Locale {
  if (typeof window === "undefined") return DEFAULT_LOCALE;
  try {
    const saved = window.localStorage.getItem(LOCALE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage unavailable (private mode): the browser's language still applies.
  }
  if (typeof navigator === "undefined") return DEFAULT_LOCALE;
  return browserLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Not kept for the next visit; the plan still carries it.
  }
}

/** Each language's name in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch" };
export { LOCALES };
