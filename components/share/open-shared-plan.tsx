"use client";

import { AppLink } from "@/components/ui/app-link";
import { useMemo, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { decodeShareFragment, type ShareErrorCode } from "@/lib/share/codec";
import { summarizeLoadReport } from "@/lib/share/summary";
import { useHydrated } from "@/state/use-hydrated";
import { IncomingPlan } from "./incoming-plan";
import { OpenPlanFileButton } from "./open-plan-file-button";
import { todayIso } from "./use-open-plan";
import { displayText } from "@/lib/text-safety";

// The fragment exists only in the browser (never sent to the server), so it is read client-side.
const subscribe = (cb: () => void) => {
  window.addEventListener("hashchange", cb);
  return () => window.removeEventListener("hashchange", cb);
};

export function OpenSharedPlan() {
  const t = useTranslations("share");
  const hydrated = useHydrated();
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => null,
  );
  const result = useMemo(() => (hash ? decodeShareFragment(hash, { today: todayIso() }) : null), [hash]);

  if (!hydrated || hash === null) return <p role="status">{t("open.loading")}</p>;
  if (!result) {
    return (
      <section aria-labelledby="open-file-title" className="space-y-4">
        <h1 id="open-file-title" className="text-2xl font-bold">
          {t("openPlanFile")}
        </h1>
        <OpenPlanFileButton />
      </section>
    );
  }
  if (!result.ok) return <DamagedLink code={result.error.code} message={result.error.message} />;
  return (
    <section aria-label={t("open.metaTitle")} className="space-y-4">
      <h1 className="text-2xl font-bold">{t("open.metaTitle")}</h1>
      <IncomingPlan key={hash} plan={result.plan} summary={summarizeLoadReport(result.report)} titleKey="open.title" />
    </section>
  );
}

function DamagedLink({ code, message }: { code: ShareErrorCode; message: string }) {
  const t = useTranslations("share.open");
  return (
    <section aria-labelledby="damaged-title" className="max-w-3xl space-y-4">
      <h1 id="damaged-title" className="text-2xl font-bold">
        {t("errorTitle")}
      </h1>
      <div className="space-y-2 rounded-lg border-2 border-blocker p-4">
        <h2 className="text-lg font-semibold text-blocker">{t(`errors.${code}.title`)}</h2>
        <p className="text-ink-muted">{t("detail", { message: displayText(message, 500) })}</p>
      </div>
      <h2 className="text-lg font-semibold">{t("whatToAsk")}</h2>
      <p>{t(`errors.${code}.ask`)}</p>
      <p className="font-medium">{t("savedUntouched")}</p>
      <p>
        <AppLink href="/" className="text-brand underline">
          {t("goHome")}
        </AppLink>
      </p>
      <h2 className="pt-4 text-lg font-semibold">{t("orFile")}</h2>
      <OpenPlanFileButton />
    </section>
  );
}
