"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { useFormatter, useTranslations } from "next-intl";
import { DISTROS } from "@/lib/catalog/distros";
import { findRow, getEdition } from "@/lib/catalog/editions/resolve";
import { createTexts } from "@/lib/i18n/texts";
import { cleanVersion, computeOs, editionName } from "@/lib/rules/lifecycle";
import { Select } from "@/components/ui/inputs";
import { usePlanStore } from "@/state/plan-store";
import type { fieldAria } from "@/components/ui/field";

/** Distro select: each version with the runtime its row names and its status under the plan's edition and date. */
export function DistroSelect({ aria, path }: { aria: ReturnType<typeof fieldAria>; path: string }) {
  const t = useTranslations("wizard.distro");
  const format = useFormatter();
  const { register, control } = useFormContext();
  const plan = usePlanStore((s) => s.plan);
  const selected = useWatch({ control, name: path }) as string;
  const edition = getEdition(plan.edition);
  const texts = createTexts(plan.locale);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  // The lifecycle rule itself decides the status, for the plan's edition and planning date (facts#14).
  const describe = (id: string) => {
    const { os, findings } = computeOs(
      { ...plan, server: { ...plan.server, distro: id as never, container: "auto" } },
      plan.planningDate,
      texts,
      edition,
    );
    if (findings.some((f) => f.id === "os-not-in-edition"))
      return t("status.notInEdition", { edition: editionName(edition.id) });
    if (os.status === "supported" && os.supportEnds) return t("status.ends", { date: day(os.supportEnds) });
    return t(`status.${os.status}`, { date: os.supportEnds ? day(os.supportEnds) : "" });
  };
  const runtimeOf = (id: string) => {
    const row = findRow(edition, id);
    if (!row) return t("noRuntime");
    return row.runtime === "podman" && row.version ? `Podman ${cleanVersion(row.version)}` : "Docker CE";
  };
  const options = DISTROS.map((d) => ({
    value: d.id,
    label: t("option", { label: d.label, runtime: runtimeOf(d.id), status: describe(d.id) }),
  }));
  const current = DISTROS.find((d) => d.id === selected);
  return (
    <>
      <Select {...aria} options={options} {...register(path)} />
      {current ? (
        <p className="text-sm" data-testid="distro-status">
          {t("selected", {
            runtime: runtimeOf(current.id),
            status: describe(current.id),
            edition: editionName(edition.id),
          })}
        </p>
      ) : null}
    </>
  );
}
