"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { defaultPlan, type Plan } from "@/lib/plan";
import { Button, buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { OpenPlanFileButton } from "@/components/share/open-plan-file-button";
import { todayIso, usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { RecoveryNotice } from "./recovery-notice";
import { firstStepHref } from "./steps";

type Pending = { kind: "new" } | { kind: "example" } | null;

/** Landing actions: start, resume, open a file, explore the example; asks before discarding a saved plan. */
export function Landing() {
  const t = useTranslations("landing");
  const format = useFormatter();
  const router = useRouter();
  const hydrated = useHydrated();
  const { plan, updatedAt, recovery, setPlan } = usePlanStore();
  const [pending, setPending] = useState<Pending>(null);
  const hasSaved = updatedAt !== null;

  async function run(kind: "new" | "example") {
    setPending(null);
    const next: Plan = kind === "new" ? { ...structuredClone(defaultPlan), planningDate: todayIso() } : await loadExample();
    setPlan(next);
    router.push(kind === "new" ? firstStepHref : "/review");
  }
  const ask = (kind: "new" | "example") => (hasSaved ? setPending({ kind }) : void run(kind));

  if (!hydrated) return <div className="h-48 animate-pulse rounded-lg bg-surface-muted" aria-busy="true" />;
  if (recovery) return <RecoveryNotice recovery={recovery} />;

  return (
    <div className="space-y-8">
      <section aria-labelledby="landing-start" className="flex flex-wrap gap-4">
        <h2 id="landing-start" className="sr-only">
          {t("startHeading")}
        </h2>
        {hasSaved ? (
          <div className="w-full rounded-lg border border-line bg-surface-muted p-4">
            <p className="font-medium">{t("savedPlan", { name: plan.name || t("unnamed") })}</p>
            <p className="text-sm text-ink-muted">
              {t("lastChange", { date: format.dateTime(new Date(updatedAt), { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
            <Link href={firstStepHref} className={`${buttonClass("primary")} mt-3`}>
              {t("resume")}
            </Link>
          </div>
        ) : null}
        <Button variant={hasSaved ? "secondary" : "primary"} onClick={() => ask("new")}>
          {t("startNew")}
        </Button>
        <Button onClick={() => ask("example")}>{t("example")}</Button>
      </section>
      <section aria-labelledby="landing-open" className="space-y-3">
        <h2 id="landing-open" className="text-xl font-semibold">
          {t("openHeading")}
        </h2>
        <OpenPlanFileButton />
      </section>
      <ConfirmDialog
        open={pending !== null}
        title={t("confirmTitle")}
        body={t(pending?.kind === "example" ? "confirmExample" : "confirmNew", { name: plan.name || t("unnamed") })}
        confirmLabel={t("confirmDiscard")}
        cancelLabel={t("cancel")}
        onConfirm={() => pending && void run(pending.kind)}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}

async function loadExample(): Promise<Plan> {
  const [{ parsePlan }, example] = await Promise.all([import("@/lib/plan"), import("@/lib/__fixtures__/contoso-single-site.tunnelplan.json")]);
  const parsed = parsePlan(example.default, { today: todayIso() });
  return parsed.ok ? parsed.value : structuredClone(defaultPlan);
}
