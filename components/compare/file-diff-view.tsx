import type { DiffHunk } from "@/lib/compare/file-diff";

const lineClass = {
  context: "",
  added: "bg-brand/10 text-ink no-underline",
  removed: "bg-blocker/10 text-ink no-underline",
  note: "text-ink-muted italic",
} as const;
const MARK = { context: " ", added: "+", removed: "−", note: " " } as const;

/** Unified hunks as text: + and − in the margin, colour as a second cue, ins/del marking what changed. */
export function FileDiffView({ hunks, label }: { hunks: DiffHunk[]; label: string }) {
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium">{label}</figcaption>
      <div
        role="region"
        aria-label={label}
        tabIndex={0}
        className="overflow-x-auto rounded-md border border-line print:overflow-visible"
      >
        <pre className="min-w-max p-2 font-mono text-xs leading-5 print:min-w-0 print:whitespace-pre-wrap print:break-all">
          {hunks.map((h, hi) => (
            <span key={hi} className="block">
              <span className="block text-ink-muted">{h.header}</span>
              {h.lines.map((line, li) => {
                const body = `${MARK[line.kind]} ${line.text}`;
                if (line.kind === "added")
                  return (
                    <ins key={li} className={`block ${lineClass.added}`}>
                      {body}
                    </ins>
                  );
                if (line.kind === "removed")
                  return (
                    <del key={li} className={`block ${lineClass.removed}`}>
                      {body}
                    </del>
                  );
                return (
                  <span key={li} className={`block ${lineClass[line.kind]}`}>
                    {body}
                  </span>
                );
              })}
            </span>
          ))}
        </pre>
      </div>
    </figure>
  );
}
