import { renderToBuffer } from "@react-pdf/renderer";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { createElement } from "react";
import type { Plan } from "@/lib/plan/schema";
import type { Report } from "@/lib/report/types";
import { ChecklistDocument, type ChecklistPdfOptions } from "./checklist-document";
import { loadCodeFont, registerPdfFonts } from "./fonts";

const FONT_DIR = fileURLToPath(new URL("../../public/fonts/", import.meta.url));

/** Node (CLI, tests, bench): the same document as the browser, fonts read from public/fonts on disk. */
export async function renderChecklistPdfToBuffer(
  plan: Plan,
  report: Report,
  options: ChecklistPdfOptions,
): Promise<Buffer> {
  registerPdfFonts((file) => path.join(FONT_DIR, file));
  await loadCodeFont();
  const element = createElement(ChecklistDocument, { plan, report, options }) as Parameters<typeof renderToBuffer>[0];
  return renderToBuffer(element);
}
