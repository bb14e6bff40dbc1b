"use client";

import { useTranslations } from "next-intl";
import type { FieldError } from "react-hook-form";

/** Plain-words text for a form error that names the field: the schema's own messages as written, zod's generic ones reworded. */
export function useErrorText() {
  const t = useTranslations("wizard.errors");
  return (error: FieldError | undefined, label: string): string | undefined => {
    if (!error) return undefined;
    const message = error.message ?? "";
    if (!message) return t("invalid", { label });
    if (!/^Invalid input|^Too (big|small)|^Invalid option/i.test(message)) {
      // "must be a whole number" reads as the end of a sentence that starts with the label; a message about a value follows it.
      if (/^[a-z]/.test(message)) return `${label} ${message}.`;
      return t("about", { label, message: /[.?!]$/.test(message) ? message : `${message}.` });
    }
    if (/expected number/i.test(message)) return t("number", { label });
    if (/expected int|integer/i.test(message)) return t("integer", { label });
    const bound = /([<>]=?)\s*(-?[\d.]+)/.exec(message);
    if (bound && /^Too big/i.test(message)) return t("max", { label, max: Number(bound[2]) });
    if (bound && /^Too small/i.test(message)) return t("min", { label, min: Number(bound[2]) });
    return t("invalid", { label });
  };
}
