/**
 * Runs `task` once the main thread has nothing else to do, or after `timeout` ms at the latest; returns a cancel.
 * Where requestIdleCallback is missing (Safari), a timer of `timeout` stands in.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, timeout);
  return () => window.clearTimeout(handle);
}
