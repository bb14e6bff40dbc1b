import de from "@/messages/de/pdf.json";
import en from "@/messages/en/pdf.json";
import { createTexts } from "@/lib/i18n/texts";
import type { Locale } from "@/lib/i18n/locales";

type Labels = typeof en.document;
const DOCUMENTS: Record<Locale, Labels> = { en: en.document, de: de.document };

/**
 * The document's text in the plan's language (the same namespace files the UI reads through next-intl).
 * A live binding: ChecklistDocument calls setPdfLocale before its sections render, so every section reads the
 * plan's language; rendering is one synchronous pass per document.
 */
export let L: Labels = en.document;
/** Dates in the plan's language: 30.11.2026 in German, Nov 30, 2026 in English. */
export let pdfDate: (iso: string) => string = createTexts("en").date;
/** Numbers in the plan's language: 5,000 in English, 5.000 in German. */
export let pdfNumber: (n: number) => string = createTexts("en").number;

/** The language of the document being rendered, for texts outside L (field names). */
export let pdfLocale: Locale = "en";

export function setPdfLocale(locale: Locale): void {
  pdfLocale = locale;
  L = DOCUMENTS[locale];
  const texts = createTexts(locale);
  pdfDate = texts.date;
  pdfNumber = texts.number;
}

export const pdfLabels = (locale: Locale): Labels => DOCUMENTS[locale];

export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
