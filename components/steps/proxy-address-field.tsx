"use client";

import { useState, type ClipboardEvent } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { parseProxyAddress, type ProxyParts } from "@/lib/plan/proxy-address";
import { Field, fieldAria } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";

type Props = { id: string; path: string; portPath: string; label: string; help: string; error: string | undefined };

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);

/** A proxy address field that splits a pasted or typed `http://host:port` into the address and the port field. */
export function ProxyAddressField({ id, path, portPath, label, help, error }: Props) {
  const t = useTranslations("wizard.proxySplit");
  const { register, setValue, control } = useFormContext();
  const value = (useWatch({ control, name: path }) as string | undefined) ?? "";
  const [split, setSplit] = useState<(ProxyParts & { text: string }) | null>(null);
  const registered = register(path, { setValueAs: trimmed });

  function splitText(text: string): boolean {
    const parts = parseProxyAddress(text);
    if (!parts) return false;
    setValue(path, parts.address, { shouldValidate: true, shouldDirty: true });
    if (parts.port !== null) setValue(portPath, parts.port, { shouldValidate: true, shouldDirty: true });
    setSplit({ ...parts, text: text.trim() });
    return true;
  }

  function onPaste(e: ClipboardEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const pasted = e.clipboardData.getData("text/plain");
    const text = `${input.value.slice(0, input.selectionStart ?? input.value.length)}${pasted}${input.value.slice(input.selectionEnd ?? input.value.length)}`;
    if (splitText(text)) e.preventDefault();
  }

  // While a URL is being typed, say what will happen instead of calling it wrong.
  const pending = parseProxyAddress(value) !== null;
  const shownError = pending ? undefined : error;
  return (
    <Field id={id} label={label} help={help} error={shownError}>
      <TextInput
        {...fieldAria(id, shownError)}
        className="font-mono"
        {...registered}
        onBlur={(e) => {
          splitText(e.target.value);
          return registered.onBlur(e);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && splitText(e.currentTarget.value)) e.preventDefault();
        }}
        onChange={(e) => {
          setSplit(null);
          return registered.onChange(e);
        }}
        onPaste={onPaste}
      />
      <p role="status" className="text-sm text-ink-muted">
        {pending
          ? t("pending")
          : split
            ? t("done", {
                text: split.text,
                address: split.address,
                port: split.port === null ? "none" : String(split.port),
              })
            : ""}
      </p>
    </Field>
  );
}
