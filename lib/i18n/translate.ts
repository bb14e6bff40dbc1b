// Message key + values → text in one language. Pure: the language is a parameter, never global state.
import { IntlMessageFormat } from "intl-messageformat";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { MESSAGES, type Messages } from "./messages";

/** Every dotted path to a text in the English catalog, e.g. "findings.bridge-overlap.title". */
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type MessageValues = Readonly<Record<string, string | number>>;
/** A text still to be rendered: the engine passes these around and renders once, in the plan's language. */
export type Msg = { readonly key: MessageKey; readonly values?: MessageValues };

export const msg = (key: MessageKey, values?: MessageValues): Msg => (values ? { key, values } : { key });

type Format = (values?: MessageValues) => string;
const compiled = new Map<string, Format>();

/**
 * Plain text with `{name}` arguments only: no plural, select or number format, no ICU quoting (an apostrophe
 * before one of {}<>#|' starts a quote). Most of the engine's texts are such; ICU gives an argument String(value),
 * so they need no parser. Parsing every text once cost ~30 ms of a phone's main thread at the engine's first run
 * over a plan (issue 17); translate.test.ts checks every such text of both languages against intl-messageformat.
 */
const SIMPLE = /^(?:[^{}']|'(?![{}<>#|'])|\{[A-Za-z_]\w*\})*$/;

export function compileMessage(source: string, locale: Locale): Format {
  const icu = () => {
    const format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    return (values?: MessageValues) => String(format.format(values));
  };
  if (!SIMPLE.test(source)) return icu();
  // Even indexes: text; odd indexes: argument names.
  const parts = source.split(/\{([A-Za-z_]\w*)\}/);
  if (parts.length === 1) return () => source;
  let slow: Format | null = null;
  return (values) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const value = values?.[parts[i]!];
      // A missing value: intl-messageformat's own error, exactly as before.
      if (value === undefined) return (slow ??= icu())(values);
      out += String(value) + parts[i + 1]!;
    }
    return out;
  };
}

function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = MESSAGES[locale];
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** The text for `key` in `locale` (English when a key is missing there; the completeness test forbids that). */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    const source = lookup(locale, key) ?? lookup(DEFAULT_LOCALE, key);
    if (source === undefined) throw new Error(`no text for ${key}`);
    format = compileMessage(source, locale);
    compiled.set(id, format);
  }
  return format(values);
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function createTranslator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}

/** Renders one Msg, or several joined by a space (a context sentence in front of a detail). */
export function renderMsg(locale: Locale, m: Msg | readonly Msg[]): string {
  const list: readonly Msg[] = Array.isArray(m) ? m : [m as Msg];
  return list.map((x) => translate(locale, x.key, x.values)).join(" ");
}
