/** "full": cover, findings, sizing, ports, allowlist, checklist and the appendix of generated files; "checklist": cover and checklist, for the change board. */
export type PdfContent = "full" | "checklist";
export const PDF_CONTENTS: readonly PdfContent[] = ["full", "checklist"];
