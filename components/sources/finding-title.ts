import type { FindingId } from "@/lib/catalog/findings";
import { translate, type Locale } from "@/lib/i18n";

/** A finding's title in the reader's language (the engine's catalog, as the report uses it). */
export const findingTitle = (id: FindingId, locale: Locale): string => translate(locale, `findings.${id}.title`);
