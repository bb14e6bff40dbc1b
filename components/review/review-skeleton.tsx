import { useTranslations } from "next-intl";

/** Placeholder until the saved plan is read from localStorage (avoids a hydration mismatch). */
export function ReviewSkeleton() {
  const t = useTranslations("review");
  return (
    <div aria-busy="true" className="space-y-6" data-testid="review-skeleton">
      <p role="status">{t("loading")}</p>
      {[0, 1, 2].map((i) => (
        <div key={i} aria-hidden="true" className="h-32 animate-pulse rounded-lg bg-surface-muted" />
      ))}
    </div>
  );
}
