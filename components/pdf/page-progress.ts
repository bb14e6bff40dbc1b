/**
 * react-pdf has no progress callback, but it calls every page footer's render prop as it lays the document out:
 * once per page while paginating (no total yet), then once per page with the total. The footer reports each call
 * here, so the worker can say how far layout is. A live binding like labels.ts: rendering is one pass per document.
 */
export type PageListener = (page: number, total: number | undefined) => void;

let listener: PageListener | null = null;

export function setPageListener(next: PageListener | null): void {
  listener = next;
}

export function notePage(page: number, total: number | undefined): void {
  listener?.(page, total);
}
