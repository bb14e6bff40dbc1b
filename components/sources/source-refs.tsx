"use client";

import { AppLink } from "@/components/ui/app-link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { listSourceViews, type SourceView } from "@/lib/catalog/sources";
import { referenceText } from "@/lib/catalog/sources-refs";
import { isLocale } from "@/lib/i18n/locales";
import { loadQuotes, type QuotesModule } from "./load-quotes";

type Props = { fact: string | undefined; className?: string };

/** The source(s) a requirement rests on: a labelled link to the exact section, and its sentence on request. */
export function SourceRefs({ fact, className = "" }: Props) {
  const t = useTranslations("sources");
  const locale = useLocale();
  const language = isLocale(locale) ? locale : "en";
  const views = fact ? listSourceViews(fact, language) : [];
  if (views.length === 0) return null;
  return (
    <div className={`text-sm text-ink-muted ${className}`} data-testid="source-refs">
      <ul className="space-y-1">
        {views.map((v, i) => (
          <li key={`${v.sourceId}-${i}`}>
            <SourceRef view={v} prefix={i === 0 ? t("label", { count: views.length }) : null} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function SourceRef({ view: v, prefix }: { view: SourceView; prefix: string | null }) {
  const t = useTranslations("sources");
  const locale = useLocale();
  const label = referenceText(v, isLocale(locale) ? locale : "en");
  return (
    <>
      <p>
        {prefix ? <span className="font-medium">{prefix} </span> : null}
        {v.secondary ? (
          <span className="mr-1 rounded border border-warning px-1 text-xs font-medium text-warning">
            {t("secondary")}
          </span>
        ) : null}
        {v.url ? (
          <a href={v.url} target="_blank" rel="noopener noreferrer" className="text-brand underline underline-offset-2">
            {label}
            <span className="sr-only"> {t("newTab")}</span>
          </a>
        ) : (
          <span>
            {label} {t("unpublished")}
          </span>
        )}{" "}
        <AppLink href={`/sources#${v.sourceId}`} className="no-print text-xs underline underline-offset-2">
          {t("aboutSource")}
          <span className="sr-only">: {v.title}</span>
        </AppLink>
      </p>
      {v.seedSection ? <QuoteDisclosure fact={v.fact} section={v.seedSection} /> : null}
    </>
  );
}

/** A disclosure (keyboard-operable, native) that loads the sentence on first hover, focus or open. */
function QuoteDisclosure({ fact, section }: { fact: number; section: string }) {
  const t = useTranslations("sources");
  const [quotes, setQuotes] = useState<QuotesModule | null>(null);
  const load = () => {
    if (!quotes) void loadQuotes().then(setQuotes);
  };
  const quote = quotes?.SEED_QUOTES.find((q) => q.fact === fact && q.section === section);
  return (
    <details
      className="no-print mt-1 block"
      onToggle={(e) => e.currentTarget.open && load()}
      data-testid="source-quote"
    >
      <summary
        className="w-fit cursor-pointer text-xs underline underline-offset-2"
        onPointerEnter={load}
        onFocus={load}
      >
        {t("showQuote")}
      </summary>
      {quote ? (
        <div className="mt-1 space-y-2 border-l-2 border-line pl-3 text-ink">
          <figure>
            <figcaption className="text-xs text-ink-muted">{t("quoteDe")}</figcaption>
            <blockquote lang="de">{quote.de}</blockquote>
          </figure>
          <figure>
            <figcaption className="text-xs text-ink-muted">
              {t("quoteEn")} ({t(`quoteEnFrom.${quote.enFrom}`)})
            </figcaption>
            <blockquote lang="en">{quote.en}</blockquote>
          </figure>
        </div>
      ) : (
        <p className="mt-1" aria-live="polite">
          {t("loadingQuote")}
        </p>
      )}
    </details>
  );
}
