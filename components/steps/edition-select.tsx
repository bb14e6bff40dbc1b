"use client";

import { AppLink } from "@/components/ui/app-link";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { EDITIONS, getEdition } from "@/lib/catalog/editions/resolve";
import { NEWEST_EDITION_ID, type EditionId } from "@/lib/catalog/editions/ids";
import { createTexts } from "@/lib/i18n/texts";
import { summarizeEdition } from "@/lib/rules/edition";
import { editionName } from "@/lib/rules/lifecycle";
import { Select } from "@/components/ui/inputs";
import { usePlanStore } from "@/state/plan-store";
import type { fieldAria } from "@/components/ui/field";

/** The plan's edition of Microsoft's requirements: each with its date, and one line on what it is or changed. */
export function EditionSelect({ aria, path }: { aria: ReturnType<typeof fieldAria>; path: string }) {
  const t = useTranslations("wizard.edition");
  const { register, control } = useFormContext();
  const locale = usePlanStore((s) => s.plan.locale);
  const selected = (useWatch({ control, name: path }) as EditionId | undefined) ?? NEWEST_EDITION_ID;
  const texts = createTexts(locale);
  const options = [...EDITIONS].reverse().map((e) => ({
    value: e.id,
    label: t("option", {
      edition: editionName(e.id),
      date: texts.date(e.msDate),
      tag: e.id === NEWEST_EDITION_ID ? "newest" : e.caveats.includes("reconstructed") ? "reconstructed" : "none",
    }),
  }));
  const edition = getEdition(selected);
  return (
    <>
      <Select {...aria} options={options} {...register(path)} />
      <p className="text-sm" data-testid="edition-summary">
        {summarizeEdition(edition, texts)}
      </p>
      {edition.caveats.map((c) => (
        <p key={c} className="text-sm text-ink-muted">
          {texts.t(`editions.caveats.${c}`)}
        </p>
      ))}
      <p className="text-sm">
        <AppLink href="/editions" className="text-brand underline">
          {t("allEditions")}
        </AppLink>
      </p>
    </>
  );
}
