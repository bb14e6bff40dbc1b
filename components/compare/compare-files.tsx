"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { listFileRows, type FileRow } from "@/lib/compare/compare";
import { buildFileDiff, countChanges } from "@/lib/compare/file-diff";
import { CompareSection, type Column } from "./columns";
import { FileDiffView } from "./file-diff-view";

/** Every generated file: the same everywhere, only in some plans, or a line diff from plan A to each other plan. */
export function CompareFiles({ columns }: { columns: Column[] }) {
  const t = useTranslations("compare.files");
  const rows = listFileRows(columns.map((c) => c.report));
  const same = rows.filter((r) => r.same).length;
  return (
    <CompareSection id="compare-files" title={t("title")}>
      <p className="text-ink-muted">{t("intro")}</p>
      <p>{t("summary", { same, differs: rows.length - same })}</p>
      <ul className="space-y-3">
        {rows.map((row) => (
          <FileItem key={row.path} row={row} columns={columns} />
        ))}
      </ul>
    </CompareSection>
  );
}

function FileItem({ row, columns }: { row: FileRow; columns: Column[] }) {
  const t = useTranslations("compare.files");
  const [open, setOpen] = useState(false);
  const base = columns[0]!;
  const missing = row.contents.some((c) => c === null);
  const present = columns.filter((_, i) => row.contents[i] !== null).map((c) => c.letter);
  const pairs = columns.slice(1).map((c, j) => {
    const hunks = buildFileDiff(row.contents[0] ?? null, row.contents[j + 1] ?? null);
    return { to: c, hunks, ...countChanges(hunks) };
  });
  const diffId = `diff-${row.path.replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <li
      className="space-y-2 rounded-lg border border-line p-3 break-inside-avoid-page"
      data-testid="compare-file"
      data-path={row.path}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="font-mono text-sm font-semibold wrap-anywhere">{row.path}</h3>
        <span className={`text-sm ${row.same ? "text-ink-muted" : "font-medium text-warning"}`}>
          {row.same ? t("same") : missing ? t("onlyIn", { plans: present.join(", ") }) : t("differs")}
        </span>
      </div>
      {row.same ? null : (
        <>
          <ul className="text-sm text-ink-muted">
            {pairs.map((p) => (
              <li key={p.to.id}>
                {p.hunks.length === 0
                  ? t("identical", { from: base.letter, to: p.to.letter })
                  : t("changes", { from: base.letter, to: p.to.letter, added: p.added, removed: p.removed })}
              </li>
            ))}
          </ul>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={diffId}
            onClick={() => setOpen((o) => !o)}
            className="no-print text-left text-sm font-medium text-brand underline underline-offset-2 wrap-anywhere"
          >
            {t(open ? "hide" : "show", { path: row.path })}
          </button>
          {/* Closed diffs still print: paper has no buttons. */}
          <div id={diffId} className={`${open ? "block" : "hidden"} space-y-3 print:block`}>
            {pairs
              .filter((p) => p.hunks.length > 0)
              .map((p) => (
                <FileDiffView
                  key={p.to.id}
                  hunks={p.hunks}
                  label={t("diffLabel", { path: row.path, from: base.letter, to: p.to.letter })}
                />
              ))}
          </div>
        </>
      )}
    </li>
  );
}
