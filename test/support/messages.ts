// Test helpers for ICU message catalogs: every text by its dotted key, and the argument names of one text.
import { IntlMessageFormat } from "intl-messageformat";

export type Tree = { [key: string]: string | Tree };

/** "a.b.c" → text, for every leaf. */
export function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(path, v);
    else for (const [p, t] of leaves(v, path)) out.set(p, t);
  }
  return out;
}

/** The argument names of an ICU message, sorted ("{count, number}" → count; "#" inside plural is not one). */
export function placeholders(text: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      // Types 1-6 are argument, number, date, time, select, plural (@formatjs/icu-messageformat-parser).
      if (node.type >= 1 && node.type <= 6 && typeof node.value === "string") names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst() as unknown[]);
  return [...names].sort();
}
