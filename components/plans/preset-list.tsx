"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useUiLocale } from "@/components/ui/use-ui-locale";
import { Button } from "@/components/ui/button";
import { loadPlanStore } from "@/state/lazy-store";
import { todayIso } from "@/state/today";
import { PRESETS, type PresetId } from "./presets";

/** The presets: each opens as a new plan beside the user's own, never over one. */
export function PresetList() {
  const t = useTranslations("plans.presets");
  const router = useRouter();
  // A preset opens in the language the user works in, not the fixture's.
  const locale = useUiLocale();
  const [busy, setBusy] = useState<PresetId | null>(null);

  async function start(id: PresetId) {
    setBusy(id);
    // The fixture, the plan schema and the store load on the click: the landing page draws without them.
    const [fixture, { parsePlan }, { usePlanStore }] = await Promise.all([
      PRESETS.find((p) => p.id === id)!.load(),
      import("@/lib/plan/parse"),
      loadPlanStore(),
    ]);
    const parsed = parsePlan(fixture.default, { today: todayIso() });
    setBusy(null);
    if (!parsed.ok) return;
    const plan = parsed.value;
    usePlanStore.getState().createPlan({ ...plan, locale, name: plan.name || t(`items.${id}.title`) });
    router.push("/review");
  }

  return (
    <>
      <ul className="grid gap-3 sm:grid-cols-2">
        {PRESETS.map(({ id }) => (
          <li key={id} className="flex flex-col items-start gap-2 rounded-lg border border-line p-4">
            <Button
              onClick={() => void start(id)}
              disabled={busy !== null}
              aria-describedby={`preset-${id}`}
              className="!px-3 !py-1.5"
            >
              {t(`items.${id}.title`)}
            </Button>
            <p id={`preset-${id}`} className="text-sm text-ink-muted">
              {t(`items.${id}.description`)}
            </p>
          </li>
        ))}
      </ul>
      <p role="status" className="min-h-5 text-sm text-ink-muted">
        {busy ? t("opening") : ""}
      </p>
    </>
  );
}
