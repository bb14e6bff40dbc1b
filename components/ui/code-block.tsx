"use client";

import { useState, type ReactNode } from "react";
import { buttonClass } from "./button";
import { copyText, downloadBlob, mimeFor } from "./download";

const smallButton = `${buttonClass("secondary")} !px-3 !py-1 text-sm`;

type CopyProps = {
  text: string;
  label: string;
  /** Shown (and announced) after a successful copy, e.g. "Copied daemon.json". */
  copiedText: string;
  failedText: string;
  /** Accessible name when the visible label alone is ambiguous (several Copy buttons on a page). */
  ariaLabel?: string;
};

/** Copies text to the clipboard and says so in a visible, polite live region next to the button. */
export function CopyButton({ text, label, copiedText, failedText, ariaLabel }: CopyProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="no-print inline-flex items-center gap-2">
      <button
        type="button"
        aria-label={ariaLabel}
        className={smallButton}
        onClick={async () => setState((await copyText(text)) ? "copied" : "failed")}
      >
        {label}
      </button>
      <span aria-live="polite" className={`text-sm ${state === "failed" ? "text-blocker" : "text-ink-muted"}`}>
        {state === "copied" ? copiedText : state === "failed" ? failedText : ""}
      </span>
    </span>
  );
}

type DownloadProps = { fileName: string; content: string; label: string; ariaLabel?: string; type?: string };

/** Saves the given text under fileName; the content is delivered byte for byte. */
export function DownloadButton({ fileName, content, label, ariaLabel, type }: DownloadProps) {
  return (
    <button
      type="button"
      aria-label={ariaLabel}
      className={`no-print ${smallButton}`}
      onClick={() => downloadBlob(fileName, content, type ?? mimeFor(fileName))}
    >
      {label}
    </button>
  );
}

type CodeBlockProps = {
  code: string;
  /** Syntax label shown above the block, e.g. "shell", "JSON", "systemd unit". */
  language: string;
  /** Accessible name of the scrollable region, e.g. "Contents of /etc/docker/daemon.json". */
  label: string;
  /** Buttons shown in the header (copy, download). */
  actions?: ReactNode;
  /** DOM id of the content, for an aria-controls toggle. */
  id?: string;
  /** Hide the content on screen (header and actions stay); it is always printed. */
  collapsed?: boolean;
};

/** Monospace, scrollable (keyboard too) block of file content; printed in full. */
export function CodeBlock({ code, language, label, actions, id, collapsed }: CodeBlockProps) {
  return (
    <div className="overflow-hidden rounded-md border border-line print:overflow-visible">
      <div
        className={`flex flex-wrap items-center justify-between gap-2 border-line bg-surface-muted px-3 py-1.5 ${collapsed ? "print:border-b" : "border-b"}`}
      >
        <span className="font-mono text-xs text-ink-muted">{language}</span>
        {actions ? <span className="flex flex-wrap items-center gap-2">{actions}</span> : null}
      </div>
      <pre
        id={id}
        tabIndex={0}
        role="region"
        aria-label={label}
        className={`${collapsed ? "hidden print:block" : ""} max-h-96 overflow-auto bg-surface p-3 font-mono text-xs leading-relaxed text-ink print:max-h-none print:overflow-visible print:whitespace-pre-wrap print:wrap-anywhere`}
      >
        <code>{code}</code>
      </pre>
    </div>
  );
}
