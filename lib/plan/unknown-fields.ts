// Finds and removes fields the schema does not know, so they are reported by path instead of kept.
import type { z } from "zod";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps default/prefault/nullable/optional/pipe/refinement wrappers down to the object or array. */
function core(schema: z.ZodType): Def {
  let def = defOf(schema);
  for (let i = 0; i < 10; i++) {
    const inner = def.innerType ?? def.in;
    if (!inner || def.type === "object" || def.type === "array" || def.type === "record") break;
    def = defOf(inner);
  }
  return def;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Returns a copy of `value` without unknown fields, and the dotted paths of what was removed. */
export function stripUnknownFields(
  schema: z.ZodType,
  value: unknown,
  path: string[] = [],
): { value: unknown; unknown: string[] } {
  const def = core(schema);
  if (def.type === "object" && def.shape && isObject(value)) {
    const out: Record<string, unknown> = {};
    const unknown: string[] = [];
    for (const [key, v] of Object.entries(value)) {
      const child = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      if (!child) {
        unknown.push([...path, key].join("."));
        continue;
      }
      const r = stripUnknownFields(child, v, [...path, key]);
      out[key] = r.value;
      unknown.push(...r.unknown);
    }
    return { value: out, unknown };
  }
  // A record (progress by checklist item) strips inside each value, so a newer entry field is ignored, not fatal.
  if (def.type === "record" && def.valueType && isObject(value)) {
    const valueType = def.valueType;
    const results = Object.entries(value).map(
      ([key, v]) => [key, stripUnknownFields(valueType, v, [...path, key])] as const,
    );
    return {
      value: Object.fromEntries(results.map(([key, r]) => [key, r.value])),
      unknown: results.flatMap(([, r]) => r.unknown),
    };
  }
  if (def.type === "array" && def.element && Array.isArray(value)) {
    const element = def.element;
    const results = value.map((v, i) => stripUnknownFields(element, v, [...path, String(i)]));
    return { value: results.map((r) => r.value), unknown: results.flatMap((r) => r.unknown) };
  }
  return { value, unknown: [] };
}
