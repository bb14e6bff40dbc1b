"use client";

/** Saves text, bytes or a Blob as a file through a temporary object URL; nothing leaves the browser. */
export function downloadBlob(fileName: string, data: string | Uint8Array | Blob, type = "text/plain;charset=utf-8") {
  const blob =
    data instanceof Blob ? data : new Blob([typeof data === "string" ? data : new Uint8Array(data)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The last path segment: `/etc/docker/daemon.json` -> `daemon.json`. */
export function baseName(path: string): string {
  return path.split("/").filter(Boolean).pop() ?? path;
}

/** MIME type for a download by file extension (text for everything else, so browsers do not run it). */
export function mimeFor(path: string): string {
  if (path.endsWith(".json") || path.endsWith(".conflist")) return "application/json";
  if (path.endsWith(".csv")) return "text/csv;charset=utf-8";
  if (path.endsWith(".zip")) return "application/zip";
  return "text/plain;charset=utf-8";
}

/** Writes text to the clipboard; resolves false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
