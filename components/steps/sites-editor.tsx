"use client";

import { memo, useCallback, useMemo, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { useFormatter, useTranslations } from "next-intl";
import { defaultPlan } from "@/lib/plan/defaults";
import { totalDevices } from "@/lib/plan/consistency";
import { Button } from "@/components/ui/button";
import { fieldId } from "@/components/wizard/field-id";
import type { FieldSpec } from "@/components/wizard/steps";
import { useCrossField, useCrossFieldText } from "./cross-field-context";
import { FieldControl } from "./field-control";
import { useStepForm } from "./step-control";

type Site = (typeof defaultPlan.sites)[number];
type SitesForm = { sites: Site[] };
const SITE_FIELDS = [
  "name",
  "devices",
  "publicAddress",
  "port",
  "disableUdp",
  "highAvailability",
  "loadBalancer",
] as const;
const specFor = (f: (typeof SITE_FIELDS)[number], path: string): FieldSpec =>
  f === "port"
    ? { kind: "number", path }
    : f === "devices"
      ? { kind: "number", path, nullable: true }
      : f === "disableUdp" || f === "highAvailability" || f === "loadBalancer"
        ? { kind: "checkbox", path }
        : { kind: "text", path };

/**
 * Sites: add, rename, remove with undo, and devices per site (required with more than one site). Only the
 * row typed in and the sum watch the values, so a keystroke at 500 sites re-renders one row (issue 17).
 */
export const SitesEditor = memo(function SitesEditor() {
  const t = useTranslations("wizard.sites");
  const format = useFormatter();
  const { control, setValue, getValues } = useStepForm<SitesForm>();
  const { fields, append, remove, insert } = useFieldArray({ control, name: "sites" });
  const [removed, setRemoved] = useState<{ site: Site; index: number } | null>(null);
  const total = totalDevices(useCrossField().devices);

  function addSite() {
    if (fields.length === 1 && getValues("sites.0.devices") == null)
      setValue("sites.0.devices", total, { shouldValidate: true });
    append({ ...structuredClone(defaultPlan.sites[0]!), name: t("newName", { n: fields.length + 1 }), devices: 0 });
  }

  const removeAt = useCallback(
    (index: number) => {
      const site = getValues(`sites.${index}`);
      if (!site) return;
      setRemoved({ site: structuredClone(site), index });
      remove(index);
    },
    [getValues, remove],
  );

  return (
    <div id={fieldId("sites")} tabIndex={-1} className="space-y-6">
      {fields.map((f, i) => (
        <SiteRow key={f.id} index={i} multiple={fields.length > 1} onRemove={removeAt} />
      ))}
      {fields.length > 1 ? (
        <SitesSum total={total} />
      ) : (
        <p className="text-sm text-ink-muted">{t("allDevices", { total: format.number(total) })}</p>
      )}
      <Button onClick={addSite}>{t("add")}</Button>
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
});

/** The devices assigned to sites against the total (the device counts as they will be saved: a pending change on the devices step counts too). */
function SitesSum({ total }: { total: number }) {
  const t = useTranslations("wizard.sites");
  const format = useFormatter();
  const { control } = useStepForm<SitesForm>();
  const sites = useWatch({ control, name: "sites" }) ?? [];
  const sumIssue = useCrossField().issues.get("sites");
  const crossText = useCrossFieldText();
  const assigned = sites.reduce(
    (sum, s) => sum + (typeof s?.devices === "number" && Number.isFinite(s.devices) ? s.devices : 0),
    0,
  );
  return (
    <div className="space-y-1">
      <p
        className={`text-sm font-medium ${assigned === total ? "text-ink-muted" : "text-warning"}`}
        data-testid="sites-sum"
      >
        {t("sum", { assigned: format.number(assigned), total: format.number(total) })}
      </p>
      {sumIssue ? (
        <p id={`${fieldId("sites")}-error`} role="alert" className="text-sm font-medium text-blocker">
          {crossText.atField(sumIssue)}
        </p>
      ) : null}
    </div>
  );
}

/** One site's fieldset; it watches only its own name, so typing re-renders one row. */
const SiteRow = memo(function SiteRow({
  index,
  multiple,
  onRemove,
}: {
  index: number;
  multiple: boolean;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("wizard.sites");
  const { control } = useStepForm<SitesForm>();
  const name = useWatch({ control, name: `sites.${index}.name` }) || t("unnamed");
  // The same spec objects on every render: a new name re-renders the row, but its memoised fields then stay
  // as they are (at 500 sites, re-rendering the row's seven inputs was most of the keystroke's commit, issue 17).
  const specs = useMemo(() => SITE_FIELDS.map((field) => specFor(field, `sites.${index}.${field}`)), [index]);
  // content-visibility: a site out of view is not laid out; at 500 sites every keystroke laid out ~95,000 boxes (issue 17).
  return (
    <fieldset className="space-y-4 rounded-lg border border-line p-4 [contain-intrinsic-size:auto_36rem] [content-visibility:auto]">
      <legend className="px-1 font-semibold">{t("legend", { n: index + 1, name })}</legend>
      {specs.map((spec, i) =>
        SITE_FIELDS[i] === "devices" && !multiple ? null : <FieldControl key={SITE_FIELDS[i]} spec={spec} />,
      )}
      {multiple ? (
        <Button variant="danger" onClick={() => onRemove(index)}>
          {t("remove", { name })}
        </Button>
      ) : null}
    </fieldset>
  );
});
