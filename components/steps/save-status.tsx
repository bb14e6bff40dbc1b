"use client";

import { AppLink } from "@/components/ui/app-link";
import { useTranslations } from "next-intl";
import { useUiLocale } from "@/components/ui/use-ui-locale";
import type { StepOutcome } from "@/components/wizard/commit-step";
import { focusAfterNavigation } from "@/components/wizard/focus-target";
import { fieldHref } from "@/components/wizard/steps";
import { useCrossField, useCrossFieldText } from "./cross-field-context";
import { fieldText } from "./field-text";

const siteOf = (path: string) => /^sites\.(\d+)/.exec(path)?.[1];

/** Whether the step's values are in the plan; if not, the cross-field problems with links to their fields. */
export function SaveStatus({ outcome }: { outcome: StepOutcome | null }) {
  const t = useTranslations("wizard");
  const locale = useUiLocale();
  const issues = outcome?.kind === "blocked" ? outcome.issues : [];
  const cross = useCrossField().all;
  const crossText = useCrossFieldText();
  return (
    <div role="status" className="space-y-2 text-sm">
      <p className={outcome ? "font-medium text-warning" : "text-ink-muted"}>{outcome ? t("notSaved") : t("saved")}</p>
      {issues.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6" data-testid="cross-issues">
          {issues.map((issue, i) => {
            const site = siteOf(issue.path);
            const label = `${site !== undefined ? `${t("siteN", { n: Number(site) + 1 })} · ` : ""}${issue.path === "sites" ? t("steps.sites") : fieldText(issue.path, locale).label}`;
            const crossIssue = cross.get(issue.path);
            const message = crossIssue ? crossText.text(crossIssue) : issue.message;
            const href = fieldHref(issue.path);
            return (
              <li key={`${issue.path}-${i}`}>
                {href ? (
                  <AppLink href={href} className="underline" onClick={focusAfterNavigation(href)}>
                    {label}
                  </AppLink>
                ) : (
                  label
                )}
                : {message}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
