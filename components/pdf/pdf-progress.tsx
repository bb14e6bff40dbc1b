"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { PDF_STEPS, stepOf, type PdfProgress } from "./worker-protocol";

type Props = { progress: PdfProgress; onCancel: () => void; cancelRef: React.Ref<HTMLButtonElement> };

/**
 * Where an export stands: three honest steps (react-pdf reports no fraction), the page count while pages are laid
 * out, and Cancel. The bar is a progressbar whose value is the step (the button's live region announces the stage).
 */
/** The stage in words, without the page count: what the live region announces. */
export function useStageName(): (progress: PdfProgress) => string {
  const t = useTranslations("pdf");
  return (progress) => {
    const step = stepOf(progress.stage);
    return t(step === 1 ? "stageLoading" : step === 2 ? "stageLayout" : "stageWriting");
  };
}

export function PdfExportProgress({ progress, onCancel, cancelRef }: Props) {
  const t = useTranslations("pdf");
  const step = stepOf(progress.stage);
  const stageName = useStageName()(progress);
  const detail = step === 2 && progress.page ? t("stageLayoutPage", { page: progress.page }) : stageName;
  const valueText = t("step", { step, steps: PDF_STEPS, stage: detail });
  return (
    <div className="flex w-full flex-wrap items-center gap-x-3 gap-y-1.5 sm:w-auto">
      <div className="flex min-w-0 flex-1 flex-col gap-1 sm:w-72 sm:flex-none">
        <div
          role="progressbar"
          aria-label={t("progressLabel")}
          aria-valuemin={0}
          aria-valuemax={PDF_STEPS}
          aria-valuenow={step}
          aria-valuetext={valueText}
          className="flex h-2 gap-1"
        >
          {Array.from({ length: PDF_STEPS }, (_, i) => (
            <span
              key={i}
              className={`h-full flex-1 rounded-full ${
                i + 1 < step ? "bg-brand" : i + 1 === step ? "bg-brand/60 motion-safe:animate-pulse" : "bg-line"
              }`}
            />
          ))}
        </div>
        <p className="truncate text-xs text-ink-muted" aria-hidden="true">
          {valueText}
        </p>
      </div>
      <button
        ref={cancelRef}
        type="button"
        onClick={onCancel}
        aria-label={t("cancelLabel")}
        className={`${buttonClass("secondary")} !px-3 !py-1.5 text-sm`}
      >
        {t("cancel")}
      </button>
    </div>
  );
}
