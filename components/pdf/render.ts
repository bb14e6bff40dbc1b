import { pdf } from "@react-pdf/renderer";
import { createElement } from "react";
import type { Plan } from "@/lib/plan";
import type { Report } from "@/lib/report/types";
import { ChecklistDocument, type ChecklistPdfOptions } from "./checklist-document";
import { registerPdfFonts } from "./fonts";

/** Browser: renders the checklist to a PDF Blob; fonts come from this origin's /fonts/ (never another origin). */
export async function renderChecklistPdf(plan: Plan, report: Report, options: ChecklistPdfOptions): Promise<Blob> {
  registerPdfFonts((file) => `/fonts/${file}`);
  // pdf() is typed for <Document> elements; ChecklistDocument renders exactly one.
  const element = createElement(ChecklistDocument, { plan, report, options }) as Parameters<typeof pdf>[0];
  return pdf(element).toBlob();
}
