// The source sentences are 38 kB: fetched once, the first time someone reaches for one.
export type QuotesModule = typeof import("@/lib/catalog/sources-quotes");

let pending: Promise<QuotesModule> | null = null;

export function loadQuotes(): Promise<QuotesModule> {
  pending ??= import("@/lib/catalog/sources-quotes").catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
