import { useTranslations } from "next-intl";
import { offscreenSkipClass } from "@/components/ui/offscreen";
import { fieldLabel } from "@/lib/catalog/fields";
import { SOURCES, type SourceId } from "@/lib/catalog/sources-registry";
import type { Source } from "@/lib/catalog/sources";
import { listSourceUsage, type SourceUsage } from "@/lib/catalog/sources-usage";
import { findingTitle } from "./finding-title";
import { ChecklistUsage, PlanChecklistProvider } from "./checklist-usage";

/**
 * Every source the app's requirements come from, with what rests on each. Rendered on the server in English
 * (GermanSwap in components/ui/german-swap.tsx loads it in the browser for German); only the checklist part reads the stored plan.
 */
export function SourcesPage({ language }: { language: "en" | "de" }) {
  const t = useTranslations("sources");
  const usage = listSourceUsage();
  const s0 = SOURCES.find((s) => s.id === "S0");
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("page.title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("page.intro", { edition: s0?.edition ?? "" })}</p>
      </header>
      <nav aria-labelledby="sources-contents">
        <h2 id="sources-contents" className="sr-only">
          {t("page.contents")}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SOURCES.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="text-brand underline underline-offset-2">
                {s.title[language]} (
                {[s.language ? t(`page.language.${s.language}`) : null, s.edition].filter(Boolean).join(", ") ||
                  s.publisher}
                )
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <PlanChecklistProvider>
        <ol className="space-y-6">
          {SOURCES.map((s) => (
            <SourceEntry key={s.id} source={s} usage={usage.get(s.id)} language={language} />
          ))}
        </ol>
      </PlanChecklistProvider>
    </div>
  );
}

function SourceEntry({
  source: s,
  usage,
  language,
}: {
  source: Source & { id: SourceId };
  usage: SourceUsage | undefined;
  language: "en" | "de";
}) {
  const t = useTranslations("sources");
  const title = s.title[language];
  const used = (usage?.findings.length ?? 0) + (usage?.fields.length ?? 0) > 0;
  return (
    <li
      id={s.id}
      className={`scroll-mt-4 space-y-3 rounded-md border border-line p-4 [--offscreen-size:24rem] ${offscreenSkipClass}`}
      data-testid="source-entry"
    >
      <h2 className="text-xl font-semibold">
        {title}
        {s.language ? <span className="font-normal text-ink-muted"> ({t(`page.language.${s.language}`)})</span> : null}
      </h2>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-ink-muted">{t("page.publisher")}</dt>
        <dd>{s.publisher}</dd>
        <dt className="text-ink-muted">{t("page.kind")}</dt>
        <dd className={s.kind === "community" ? "font-medium text-warning" : undefined}>{t(`kind.${s.kind}`)}</dd>
        {s.edition ? (
          <>
            <dt className="text-ink-muted">{t("page.edition")}</dt>
            <dd>{s.edition}</dd>
          </>
        ) : null}
        <dt className="text-ink-muted">{t("page.address")}</dt>
        <dd className="wrap-anywhere">
          {s.url ? (
            <a
              href={s.url}
              target="_blank"
              rel="noopener noreferrer"
              className="text-brand underline underline-offset-2"
            >
              {s.url}
              <span className="sr-only"> {t("newTab")}</span>
            </a>
          ) : (
            t("page.noAddress")
          )}
        </dd>
      </dl>
      {s.note ? <p className="text-sm">{s.note[language]}</p> : null}
      {usage && usage.findings.length > 0 ? (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("page.findings")}</h3>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {usage.findings.map((id) => (
              <li key={id}>
                {findingTitle(id, language)}{" "}
                <span className="font-mono text-xs text-ink-muted">{t("page.findingId", { id })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {usage && usage.fields.length > 0 ? (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("page.fields")}</h3>
          <p className="text-sm">{usage.fields.map((path) => fieldLabel(path, language)).join(" · ")}</p>
        </div>
      ) : null}
      <div className="space-y-1">
        <h3 className="font-semibold">{t("page.checklist")}</h3>
        <ChecklistUsage source={s.id} />
      </div>
      {used ? null : <p className="text-sm text-ink-muted">{t("page.unused")}</p>}
    </li>
  );
}
