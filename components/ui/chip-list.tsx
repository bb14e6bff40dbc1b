"use client";

import { useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { parsePastedList } from "@/lib/plan/paste-list";
import { Button } from "./button";
import { fieldAria, inputClass } from "./field";

type ChipListProps = {
  id: string;
  label: string;
  value: string[];
  onChange: (next: string[]) => void;
  /** Error message for one entry, or null when it is valid. */
  validateItem: (item: string) => string | null;
  /** Error of the whole list (from the form schema), already naming the field. */
  error?: string;
  placeholder?: string;
};

type Rejected = { item: string; reason: string };
type Outcome = { added: number; duplicates: string[] };

/** An entry that holds a separator goes back into the field in quotes, so adding it again keeps it whole. */
const quoteIfNeeded = (item: string) => (/[\s,;"]/.test(item) ? `"${item.replace(/"/g, '""')}"` : item);

/**
 * A list of short values (networks, host names, DNS servers): type one and press Enter, or paste a whole
 * list (lines, commas, semicolons, spaces, a CSV column). Valid entries become chips; the others stay in
 * the field, each explained, so nothing typed is lost.
 */
export function ChipList({ id, label, value, onChange, validateItem, error, placeholder }: ChipListProps) {
  const t = useTranslations("wizard.chips");
  const [text, setText] = useState("");
  const [rejected, setRejected] = useState<Rejected[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const hasError = rejected.length > 0 || !!error;
  const aria = fieldAria(id, hasError ? "error" : undefined);
  const describedBy = [aria["aria-describedby"], `${id}-hint`].filter(Boolean).join(" ");

  function addEntries(entries: string[]) {
    if (entries.length === 0) return;
    const next = [...value];
    const bad: Rejected[] = [];
    const duplicates: string[] = [];
    for (const item of entries) {
      const reason = validateItem(item);
      if (reason) bad.push({ item, reason });
      else if (next.includes(item)) duplicates.push(item);
      else next.push(item);
    }
    if (next.length > value.length) onChange(next);
    setRejected(bad);
    setOutcome({ added: next.length - value.length, duplicates });
    setText(bad.map((b) => quoteIfNeeded(b.item)).join(" "));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter") {
      e.preventDefault();
      addEntries(parsePastedList(text));
    }
  }

  // A text field drops line breaks from a paste; read the clipboard and add the list as pasted.
  function onPaste(e: ClipboardEvent<HTMLInputElement>) {
    const pasted = e.clipboardData.getData("text/plain");
    if (parsePastedList(pasted).length < 2 && !/[\r\n]/.test(pasted.trim())) return;
    e.preventDefault();
    const input = e.currentTarget;
    const start = input.selectionStart ?? text.length;
    const end = input.selectionEnd ?? text.length;
    addEntries(parsePastedList(`${text.slice(0, start)} ${pasted} ${text.slice(end)}`));
  }

  return (
    <div className="space-y-2">
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("listLabel", { label })}>
          {value.map((item, i) => (
            <li
              key={`${item}-${i}`}
              className="inline-flex items-center gap-1 rounded-full border border-line bg-surface-muted py-0.5 pl-3 pr-1 font-mono text-sm"
            >
              {item}
              <button
                type="button"
                className="rounded-full px-2 text-ink-muted hover:text-blocker"
                aria-label={t("remove", { item, label })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex max-w-md gap-2">
        <input
          {...aria}
          aria-describedby={describedBy}
          type="text"
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} font-mono`}
          value={text}
          placeholder={placeholder ? t("example", { value: placeholder }) : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setOutcome(null);
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        <Button onClick={() => addEntries(parsePastedList(text))} aria-label={t("add", { label })}>
          {t("addShort")}
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {t("pasteHint")}
      </p>
      <p role="status" className="text-sm text-ink-muted">
        {outcome && (outcome.added > 0 || outcome.duplicates.length > 0)
          ? [
              outcome.added > 0 ? t("added", { count: outcome.added }) : "",
              outcome.duplicates.length > 0
                ? t("duplicates", { count: outcome.duplicates.length, items: outcome.duplicates.join(", ") })
                : "",
            ]
              .filter(Boolean)
              .join(" ")
          : ""}
      </p>
      {hasError ? (
        <div id={`${id}-error`} role="alert" className="space-y-1 text-sm font-medium text-blocker">
          {rejected.length > 0 ? (
            <>
              <p>{t("rejected", { label, count: rejected.length })}</p>
              <ul className="list-disc space-y-0.5 pl-6">
                {rejected.map((r, i) => (
                  <li key={`${r.item}-${i}`}>{r.reason}</li>
                ))}
              </ul>
            </>
          ) : null}
          {error ? <p>{error}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
