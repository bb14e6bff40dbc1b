"use client";

import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import { useUiLocale } from "./use-ui-locale";

/** The static pages that have a German version, each loaded only when the UI speaks German. */
const GERMAN: Record<"editions" | "sources", () => Promise<ComponentType>> = {
  editions: () =>
    import("@/components/editions/editions-log").then(
      ({ EditionsLog }) =>
        function GermanEditions() {
          return <EditionsLog locale="de" />;
        },
    ),
  sources: () =>
    import("@/components/sources/sources-page").then(
      ({ SourcesPage }) =>
        function GermanSources() {
          return <SourcesPage language="de" />;
        },
    ),
};

/**
 * Pages whose content is static text (editions, sources) are rendered on the server in English and ship no
 * JavaScript for it (issue 17). When the UI speaks German, the same component is loaded in the browser and
 * rendered in German; until it has loaded, the English page stays.
 */
export function GermanSwap({ page, children }: { page: keyof typeof GERMAN; children: ReactNode }) {
  const locale = useUiLocale();
  const [German, setGerman] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (locale === "de" && !German) void GERMAN[page]().then((c) => setGerman(() => c));
  }, [locale, German, page]);
  return locale === "de" && German ? <German /> : <>{children}</>;
}
