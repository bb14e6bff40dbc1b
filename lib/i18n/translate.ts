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

const compiled = new Map<string, IntlMessageFormat>();

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
    format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return String(format.format(values));
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
