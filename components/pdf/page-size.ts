import type { PageSize } from "./styles";

// Regions that use US Letter paper; everyone else uses A4 (ISO 216).
const LETTER_REGIONS = new Set(["US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "NI"]);

/** The paper size a reader in this locale most likely prints on, e.g. "en-US" -> LETTER, "de-DE" -> A4. */
export function defaultPageSize(locale: string | undefined): PageSize {
  const region = locale?.split(/[-_]/)[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? "LETTER" : "A4";
}
