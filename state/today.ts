/** Today as YYYY-MM-DD (UTC), the date plans are evaluated at; its own module so callers need not load the store. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
