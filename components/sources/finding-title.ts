import type { FindingId } from "@/lib/catalog/findings";
import { translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";

/** A finding's title in the reader's language (the engine's catalog, as the report uses it). */
export const findingTitle = (id: FindingId, locale: Locale): string => translate(locale, `findings.${id}.title`);
