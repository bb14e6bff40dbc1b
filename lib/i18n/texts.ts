// Everything a rule needs to write for a person in one language: messages, lists, numbers and dates.
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { createTranslator, type Translate } from "./translate";

export type Texts = {
  readonly locale: Locale;
  readonly t: Translate;
  /** "a, b and c" in the language's own way. */
  list(items: readonly string[]): string;
  /** 12345.678 → "12,345.68" (en) / "12.345,68" (de); at most two decimals. */
  number(n: number): string;
  /** "2026-11-30" → "Nov 30, 2026" (en) / "30.11.2026" (de). */
  date(iso: string): string;
  /** "2024-06" → "June 2024" (en) / "Juni 2024" (de). */
  month(yearMonth: string): string;
};

const cache = new Map<Locale, Texts>();

export function createTexts(locale: Locale = DEFAULT_LOCALE): Texts {
  const hit = cache.get(locale);
  if (hit) return hit;
  const lists = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dates = new Intl.DateTimeFormat(
    locale,
    locale === "de"
      ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }
      : { dateStyle: "medium", timeZone: "UTC" },
  );
  const months = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const texts: Texts = {
    locale,
    t: createTranslator(locale),
    list: (items) => lists.format(items),
    number: (n) => numbers.format(n),
    date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dates.format(new Date(`${iso}T00:00:00Z`)) : iso),
    month: (ym) => (/^\d{4}-\d{2}$/.test(ym) ? months.format(new Date(`${ym}-01T00:00:00Z`)) : ym),
  };
  cache.set(locale, texts);
  return texts;
}
