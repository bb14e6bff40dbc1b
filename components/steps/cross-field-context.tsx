"use client";

import { createContext, useContext } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useUiLocale } from "@/components/ui/use-ui-locale";
import type { ConsistencyIssue } from "@/lib/plan/consistency";
import type { StepCrossCheck } from "@/components/wizard/cross-field";
import { steps } from "@/components/wizard/steps";
import { fieldText } from "./field-text";

const EMPTY: StepCrossCheck = {
  issues: new Map(),
  all: new Map(),
  devices: {
    ios: 0,
    androidFullyManaged: 0,
    androidCorporateWorkProfile: 0,
    androidPersonalWorkProfile: 0,
    androidDedicated: 0,
    androidBelow10: 0,
    android10: 0,
  },
};

export const CrossFieldContext = createContext<StepCrossCheck>(EMPTY);

/** The step's cross-field check (see components/wizard/cross-field.ts). */
export const useCrossField = () => useContext(CrossFieldContext);

/** The words for a cross-field problem, with the numbers formatted for the reader; `label` names the field. */
export function useCrossFieldText() {
  const t = useTranslations("wizard.cross");
  const tw = useTranslations("wizard");
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const devicesStep = { step: steps.findIndex((s) => s.id === "devices") + 1, stepName: tw("steps.devices") };
  const text = (issue: ConsistencyIssue): string => {
    switch (issue.rule) {
      case "android-below-10":
        return t("androidBelow10", { below10: n(issue.below10), android: n(issue.android) });
      case "android-10":
        return t("android10", {
          below10: n(issue.below10),
          android10: n(issue.android10),
          android: n(issue.android),
          rest: n(Math.max(0, issue.android - issue.below10)),
        });
      case "site-devices-missing":
        return t("siteDevicesMissing");
      case "sites-sum":
        return issue.sum < issue.total
          ? t("sitesSumShort", {
              sum: n(issue.sum),
              total: n(issue.total),
              rest: n(issue.total - issue.sum),
              ...devicesStep,
            })
          : t("sitesSumOver", {
              sum: n(issue.sum),
              total: n(issue.total),
              rest: n(issue.sum - issue.total),
              ...devicesStep,
            });
      case "site-name-taken":
        return t("siteNameTaken", { name: issue.taken, site: issue.site });
      case "site-address-taken":
        return t("siteAddressTaken", { address: issue.taken, site: issue.site });
    }
  };
  const locale = useUiLocale();
  const label = (issue: ConsistencyIssue) =>
    issue.rule === "sites-sum" ? t("sitesLabel") : fieldText(issue.path.join("."), locale).label;
  return {
    text,
    /** The message shown at the field: "Label: what is wrong." */
    atField: (issue: ConsistencyIssue) => t("withLabel", { label: label(issue), text: text(issue) }),
  };
}
