import type { ReactNode } from "react";

/** aria wiring shared by every control: bound help text and error message. */
export function fieldAria(id: string, error: string | undefined, hasHelp = true) {
  const describedBy = [hasHelp ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return {
    id,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": describedBy || undefined,
  };
}

type FieldProps = {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  /** Where the requirement comes from; shown after the help, outside the text screen readers read with the control. */
  source?: ReactNode;
  error?: string;
  /** Checkbox style: control before the label on one line. */
  inline?: boolean;
  children: ReactNode;
};

/** Label, control, one-line help and an inline error announced to screen readers. */
export function Field({ id, label, help, source, error, inline, children }: FieldProps) {
  const labelEl = (
    <label htmlFor={id} className="font-medium">
      {label}
    </label>
  );
  return (
    <div className="field-target space-y-1 rounded-md" data-field={id}>
      {inline ? (
        <div className="flex items-center gap-2">
          {children}
          {labelEl}
        </div>
      ) : (
        <>
          <div>{labelEl}</div>
          {children}
        </>
      )}
      {help ? (
        <p id={`${id}-help`} className="text-sm text-ink-muted">
          {help}
        </p>
      ) : null}
      {source}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-blocker">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-line bg-surface px-3 py-2 text-ink aria-[invalid=true]:border-blocker aria-[invalid=true]:border-2";
