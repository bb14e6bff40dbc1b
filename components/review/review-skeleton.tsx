import { useTranslations } from "next-intl";

/**
 * Placeholder while the review's code and the saved plan load (it is also what the server renders). At least a
 * screen tall: the review always is, so the footer does not jump when it arrives (layout shift, issue 17).
 */
export function ReviewSkeleton() {
  const t = useTranslations("review");
  return (
    <div aria-busy="true" className="min-h-screen space-y-6" data-testid="review-skeleton">
      <p role="status">{t("loading")}</p>
      {[0, 1, 2].map((i) => (
        <div key={i} aria-hidden="true" className="h-32 animate-pulse rounded-lg bg-surface-muted" />
      ))}
    </div>
  );
}
