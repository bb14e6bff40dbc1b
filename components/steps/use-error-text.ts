"use client";

import { useTranslations } from "next-intl";
import type { FieldError } from "react-hook-form";

/** Plain-words text for a form error: the schema's own messages as written, zod's generic ones reworded. */
export function useErrorText() {
  const t = useTranslations("wizard.errors");
  return (error: FieldError | undefined, label?: string): string | undefined => {
    if (!error) return undefined;
    const message = error.message ?? "";
    if (!message) return t("invalid");
    // Schema messages like "must be a whole number" read as the end of a sentence that starts with the label.
    if (!/^Invalid input|^Too (big|small)|^Invalid option/i.test(message)) return label && /^[a-z]/.test(message) ? `${label} ${message}.` : message;
    if (/expected number/i.test(message)) return t("number");
    if (/expected int|integer/i.test(message)) return t("integer");
    const bound = /([<>]=?)\s*(-?[\d.]+)/.exec(message);
    if (bound && /^Too big/i.test(message)) return t("max", { max: bound[2]! });
    if (bound && /^Too small/i.test(message)) return t("min", { min: bound[2]! });
    return t("invalid");
  };
}
