import { fieldHelp } from "@/lib/catalog/fields";
import type { Locale } from "@/lib/i18n/locales";
import { planSchema } from "@/lib/plan/schema";

/** Catalog path for a form path: site fields are listed once as `sites.<field>`. */
const catalogPath = (path: string) => path.replace(/^sites\.\d+\./, "sites.");

/** Label, one-line help and the fact behind it (shown as its source, never as a number) from the catalog. */
export function fieldText(path: string, locale: Locale): { label: string; help: string; fact?: string } {
  const entry = fieldHelp(path, locale);
  if (!entry) return { label: path, help: "" };
  return { label: entry.label, help: entry.help, ...(entry.fact ? { fact: entry.fact } : {}) };
}

type Unwrappable = {
  def?: { innerType?: unknown; type?: string; element?: unknown; shape?: Record<string, unknown> };
  shape?: Record<string, unknown>;
};

/** Peels default/prefault/optional/nullable wrappers off a zod schema. */
function unwrap(schema: unknown): Unwrappable | undefined {
  let s = schema as Unwrappable | undefined;
  for (let i = 0; i < 6 && s?.def?.innerType; i++) s = s.def.innerType as Unwrappable;
  return s;
}

/** The zod schema planSchema uses at a path (array indices skipped). */
function schemaAt(path: string): unknown {
  let s: Unwrappable | undefined = unwrap(planSchema);
  for (const key of path.split(".")) {
    if (/^\d+$/.test(key)) {
      s = unwrap(s?.def?.element);
      continue;
    }
    s = unwrap(s?.shape?.[key] ?? s?.def?.shape?.[key]);
  }
  return s;
}

type Parser = { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } };

/** Per-entry check of a chip list, using the element schema of the plan's own list schema. */
export function itemValidator(path: string): (item: string) => string | null {
  const element = unwrap(unwrap(schemaAt(path))?.def?.element) as Parser | undefined;
  return (item) => {
    if (!element) return null;
    const r = element.safeParse(item);
    return r.success ? null : (r.error?.issues[0]?.message ?? "is not valid");
  };
}

/** Options of an enum field, in catalog order. */
export function enumOptions(path: string): string[] {
  const s = schemaAt(path) as { options?: readonly unknown[]; def?: { values?: readonly unknown[] } } | undefined;
  return (s?.options ?? s?.def?.values ?? []).map(String);
}

type T = { (key: string): string; has(key: string): boolean };

/** Display text of a select option: the UI message when there is one, the catalog id otherwise. */
export function optionLabel(path: string, value: string, t: T): string {
  const key = `options.${catalogPath(path).replace(/\./g, "_")}.${value}`;
  if (t.has(key)) return t(key);
  return t.has(`options.any.${value}`) ? t(`options.any.${value}`) : value;
}
