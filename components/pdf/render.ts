import { pdf } from "@react-pdf/renderer";
import { createElement } from "react";
import type { Plan } from "@/lib/plan";
import type { Report } from "@/lib/report/types";
import { ChecklistDocument, type ChecklistPdfOptions } from "./checklist-document";
import type { FontFile } from "./font-files";
import { registerPdfFonts } from "./fonts";

/**
 * Browser: renders the checklist to a PDF Blob. `fontUrl` maps a font file to where it is read
 * from: this origin's /fonts/ by default, or the blob: URLs load-renderer.ts fetched in advance.
 */
export async function renderChecklistPdf(
  plan: Plan,
  report: Report,
  options: ChecklistPdfOptions,
  fontUrl: (file: FontFile) => string = (file) => `/fonts/${file}`,
): Promise<Blob> {
  registerPdfFonts(fontUrl);
  // pdf() is typed for <Document> elements; ChecklistDocument renders exactly one.
  const element = createElement(ChecklistDocument, { plan, report, options }) as Parameters<typeof pdf>[0];
  return pdf(element).toBlob();
}
