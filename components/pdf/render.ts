import { Document, Page, pdf, Text } from "@react-pdf/renderer";
import { createElement } from "react";
import type { Plan } from "@/lib/plan/schema";
import type { Report } from "@/lib/report/types";
import { ChecklistDocument, type ChecklistPdfOptions } from "./checklist-document";
import type { FontFile } from "./font-files";
import { loadCodeFont, MONO, registerPdfFonts, SANS } from "./fonts";

/**
 * Browser (page or worker): renders the checklist to a PDF Blob. `fontUrl` maps a font file to where it is read
 * from: this origin's /fonts/ by default, or the blob: URLs load-renderer.ts fetched in advance.
 */
export async function renderChecklistPdf(
  plan: Plan,
  report: Report,
  options: ChecklistPdfOptions,
  fontUrl: (file: FontFile) => string = (file) => `/fonts/${file}`,
): Promise<Blob> {
  registerPdfFonts(fontUrl);
  await loadCodeFont();
  // pdf() is typed for <Document> elements; ChecklistDocument renders exactly one.
  const element = createElement(ChecklistDocument, { plan, report, options }) as Parameters<typeof pdf>[0];
  return pdf(element).toBlob();
}

/**
 * A one-page document in every embedded font: react-pdf parses each font and starts its layout engine on first
 * use and keeps both, so doing it before the click leaves the click only the checklist's own layout.
 */
export async function warmUpRenderer(fontUrl: (file: FontFile) => string): Promise<void> {
  registerPdfFonts(fontUrl);
  const text = (fontFamily: string, fontWeight: "normal" | "bold") =>
    createElement(Text, { style: { fontFamily, fontWeight } }, "Tunnel Planner");
  const element = createElement(
    Document,
    null,
    createElement(Page, { size: "A4" }, text(SANS, "normal"), text(SANS, "bold"), text(MONO, "normal")),
  ) as Parameters<typeof pdf>[0];
  await pdf(element).toBlob();
}
