"use client";

import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import { useUiLocale } from "./use-ui-locale";

/**
 * Pages whose content is static text (editions, sources) are rendered on the server in English and ship no
 * JavaScript for it (issue 17). When the UI speaks German, the same component is loaded in the browser and
 * rendered in German; until it has loaded, the English page stays.
 */
export function GermanSwap<P extends object>({
  children,
  load,
  props,
}: {
  children: ReactNode;
  load: () => Promise<ComponentType<P>>;
  props: P;
}) {
  const locale = useUiLocale();
  const [German, setGerman] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (locale === "de" && !German) void load().then((c) => setGerman(() => c));
  }, [locale, German, load]);
  return locale === "de" && German ? <German {...props} /> : <>{children}</>;
}
