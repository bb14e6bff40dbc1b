"use client";

import { useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "./button";
import { fieldAria, inputClass } from "./field";

type ChipListProps = {
  id: string;
  label: string;
  value: string[];
  onChange: (next: string[]) => void;
  /** Error message for one entry, or null when it is valid. */
  validateItem: (item: string) => string | null;
  /** Error of the whole list (from the form schema). */
  error?: string;
  placeholder?: string;
};

/** A list of short values (CIDRs, host names, DNS servers) with per-entry validation and labelled remove buttons. */
export function ChipList({ id, label, value, onChange, validateItem, error, placeholder }: ChipListProps) {
  const t = useTranslations("wizard.chips");
  const [text, setText] = useState("");
  const [itemError, setItemError] = useState<string | null>(null);
  const shown = itemError ?? error;

  function add() {
    const item = text.trim();
    if (!item) return;
    const problem = validateItem(item) ?? (value.includes(item) ? t("duplicate", { item }) : null);
    setItemError(problem);
    if (problem) return;
    onChange([...value, item]);
    setText("");
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter") {
      e.preventDefault();
      add();
    }
  }

  return (
    <div className="space-y-2">
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("listLabel", { label })}>
          {value.map((item, i) => (
            <li key={`${item}-${i}`} className="inline-flex items-center gap-1 rounded-full border border-line bg-surface-muted py-0.5 pl-3 pr-1 font-mono text-sm">
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
          {...fieldAria(id, shown ?? undefined)}
          type="text"
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} font-mono`}
          value={text}
          placeholder={placeholder ? t("example", { value: placeholder }) : undefined}
          onChange={(e) => {
            setText(e.target.value);
            if (itemError) setItemError(null);
          }}
          onKeyDown={onKeyDown}
        />
        <Button onClick={add} aria-label={t("add", { label })}>
          {t("addShort")}
        </Button>
      </div>
      {shown ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-blocker">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
