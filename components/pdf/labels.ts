import messages from "@/messages/en/pdf.json";

/** The document's English text; the same namespace file the export button reads through next-intl. */
export const L = messages.document;

export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
