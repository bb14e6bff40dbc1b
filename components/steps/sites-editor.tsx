"use client";

import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useFormatter, useTranslations } from "next-intl";
import { defaultPlan, totalDevices } from "@/lib/plan";
import { Button } from "@/components/ui/button";
import { fieldId } from "@/components/wizard/field-id";
import type { FieldSpec } from "@/components/wizard/steps";
import { useCrossField, useCrossFieldText } from "./cross-field-context";
import { FieldControl } from "./field-control";

type Site = (typeof defaultPlan.sites)[number];
const SITE_FIELDS = ["name", "devices", "publicAddress", "port", "disableUdp", "highAvailability", "loadBalancer"] as const;
const specFor = (f: (typeof SITE_FIELDS)[number], path: string): FieldSpec =>
  f === "port"
    ? { kind: "number", path }
    : f === "devices"
      ? { kind: "number", path, nullable: true }
      : f === "disableUdp" || f === "highAvailability" || f === "loadBalancer"
        ? { kind: "checkbox", path }
        : { kind: "text", path };

/** Sites: add, rename, remove with undo, and devices per site (required with more than one site). */
export function SitesEditor() {
  const t = useTranslations("wizard.sites");
  const format = useFormatter();
  const { control, setValue } = useFormContext<{ sites: Site[] }>();
  const { fields, append, remove, insert } = useFieldArray({ control, name: "sites" });
  const sites = useWatch({ control, name: "sites" }) ?? [];
  const [removed, setRemoved] = useState<{ site: Site; index: number } | null>(null);
  // The device counts as they will be saved: a pending change on the devices step counts too.
  const { devices, issues } = useCrossField();
  const crossText = useCrossFieldText();
  const sumIssue = issues.get("sites");
  const total = totalDevices(devices);
  const assigned = sites.reduce((sum, s) => sum + (typeof s?.devices === "number" && Number.isFinite(s.devices) ? s.devices : 0), 0);

  function addSite() {
    if (fields.length === 1 && sites[0]?.devices == null) setValue("sites.0.devices", total, { shouldValidate: true });
    append({ ...structuredClone(defaultPlan.sites[0]!), name: t("newName", { n: fields.length + 1 }), devices: 0 });
  }

  function removeAt(index: number) {
    const site = sites[index];
    if (!site) return;
    setRemoved({ site: structuredClone(site), index });
    remove(index);
  }

  return (
    <div id={fieldId("sites")} tabIndex={-1} className="space-y-6">
      {fields.map((f, i) => (
        <fieldset key={f.id} className="space-y-4 rounded-lg border border-line p-4">
          <legend className="px-1 font-semibold">{t("legend", { n: i + 1, name: sites[i]?.name || t("unnamed") })}</legend>
          {SITE_FIELDS.map((name) =>
            name === "devices" && fields.length === 1 ? null : (
              <FieldControl key={name} spec={specFor(name, `sites.${i}.${name}`)} />
            ),
          )}
          {fields.length > 1 ? (
            <Button variant="danger" onClick={() => removeAt(i)}>
              {t("remove", { name: sites[i]?.name || t("unnamed") })}
            </Button>
          ) : null}
        </fieldset>
      ))}
      {fields.length > 1 ? (
        <div className="space-y-1">
          <p className={`text-sm font-medium ${assigned === total ? "text-ink-muted" : "text-warning"}`} data-testid="sites-sum">
            {t("sum", { assigned: format.number(assigned), total: format.number(total) })}
          </p>
          {sumIssue ? (
            <p id={`${fieldId("sites")}-error`} role="alert" className="text-sm font-medium text-blocker">
              {crossText.atField(sumIssue)}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-ink-muted">{t("allDevices", { total: format.number(total) })}</p>
      )}
      <Button onClick={addSite}>
        {t("add")}
      </Button>
      <div role="status" className="min-h-6">
        {removed ? (
          <span className="flex flex-wrap items-center gap-3 text-sm">
            {t("removed", { name: removed.site.name || t("unnamed") })}
            <Button
              onClick={() => {
                insert(removed.index, removed.site);
                setRemoved(null);
              }}
            >
              {t("undo")}
            </Button>
          </span>
        ) : null}
      </div>
    </div>
  );
}
