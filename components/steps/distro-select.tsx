"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { useFormatter, useTranslations } from "next-intl";
import { DISTROS } from "@/lib/catalog/distros";
import { createTexts } from "@/lib/i18n";
import { computeOs } from "@/lib/rules/lifecycle";
import { Select } from "@/components/ui/inputs";
import { usePlanStore } from "@/state/plan-store";
import type { fieldAria } from "@/components/ui/field";

/** Distro select: each version with its container runtime and its support status on the plan's date. */
export function DistroSelect({ aria, path }: { aria: ReturnType<typeof fieldAria>; path: string }) {
  const t = useTranslations("wizard.distro");
  const format = useFormatter();
  const { register, control } = useFormContext();
  const plan = usePlanStore((s) => s.plan);
  const selected = useWatch({ control, name: path }) as string;
  // The lifecycle rule itself decides the status, for the plan's planning date (facts#14).
  const statusOf = (id: string) => computeOs({ ...plan, server: { ...plan.server, distro: id as never, container: "auto" } }, plan.planningDate, createTexts(plan.locale)).os;
  const describe = (id: string) => {
    const os = statusOf(id);
    const date = os.supportEnds ? format.dateTime(new Date(`${os.supportEnds}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "";
    return t(`status.${os.status}`, { date });
  };
  const options = DISTROS.map((d) => ({
    value: d.id,
    label: t("option", { label: d.label, runtime: d.runtime === "podman" ? "Podman" : "Docker", status: describe(d.id) }),
  }));
  const current = DISTROS.find((d) => d.id === selected);
  return (
    <>
      <Select {...aria} options={options} {...register(path)} />
      {current ? (
        <p className="text-sm" data-testid="distro-status">
          {t("selected", { runtime: current.containerVersion, status: describe(current.id) })}
        </p>
      ) : null}
    </>
  );
}
