import type { InputHTMLAttributes, SelectHTMLAttributes } from "react";
import { inputClass } from "./field";

type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> };

export function TextInput({ className = "", ...rest }: InputProps) {
  return (
    <input
      type="text"
      autoComplete="off"
      spellCheck={false}
      className={`${inputClass} max-w-md ${className}`}
      {...rest}
    />
  );
}

export function NumberInput({ className = "", ...rest }: InputProps) {
  return <input type="number" inputMode="numeric" className={`${inputClass} max-w-48 ${className}`} {...rest} />;
}

export type SelectOption = { value: string; label: string };

export function Select({
  options,
  className = "",
  ...rest
}: SelectHTMLAttributes<HTMLSelectElement> & { options: SelectOption[]; ref?: React.Ref<HTMLSelectElement> }) {
  return (
    <select className={`${inputClass} max-w-md ${className}`} {...rest}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function Checkbox({ className = "", ...rest }: InputProps) {
  return <input type="checkbox" className={`h-5 w-5 accent-brand ${className}`} {...rest} />;
}
