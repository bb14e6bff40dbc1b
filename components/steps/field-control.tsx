"use client";

import { memo } from "react";
import { Controller, useFormState, type FieldError } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useUiLocale } from "@/components/ui/use-ui-locale";
import { Field, fieldAria } from "@/components/ui/field";
import { ChipList } from "@/components/ui/chip-list";
import { Checkbox, NumberInput, Select, TextInput } from "@/components/ui/inputs";
import { fieldId } from "@/components/wizard/field-id";
import type { FieldSpec } from "@/components/wizard/steps";
import { CertificateFile } from "./certificate-file";
import { DistroSelect } from "./distro-select";
import { ProxyAddressField } from "./proxy-address-field";
import { EditionSelect } from "./edition-select";
import { fieldText, itemValidator, optionLabel } from "./field-text";
import { useErrorText } from "./use-error-text";
import { SourceRefs } from "@/components/sources/source-refs";
import { useCrossField, useCrossFieldText } from "./cross-field-context";
import { useStepForm } from "./step-control";

const numberOrNaN = (v: unknown) => (v === "" || v == null ? Number.NaN : Number(v));
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const numberOrNull = (v: unknown) => (v === "" || v == null ? null : Number(v));

function errorAt(errors: Record<string, unknown>, path: string): FieldError | undefined {
  return path
    .split(".")
    .reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), errors) as
    FieldError | undefined;
}

/**
 * Renders one registry field with its label, catalog help and inline error. It re-renders when its own
 * field's state or the step's cross-field issues change, not on every keystroke elsewhere in the form.
 */
export const FieldControl = memo(function FieldControl({ spec }: { spec: FieldSpec }) {
  const { control, register } = useStepForm();
  const { errors } = useFormState({ control, name: spec.path });
  const errorText = useErrorText();
  const crossIssues = useCrossField().issues;
  const crossIssue = crossIssues.get(spec.path);
  const sumIssue = crossIssues.get("sites");
  const crossText = useCrossFieldText();
  const tc = useTranslations("wizard");
  const locale = useUiLocale();
  if (spec.kind === "certificate") return <CertificateFile />;
  const id = fieldId(spec.path);
  const { label, help, fact } = fieldText(spec.path, locale);
  const source = fact ? <SourceRefs fact={fact} className="text-xs" /> : undefined;
  const error =
    errorText(errorAt(errors, spec.path), label) ?? (crossIssue ? crossText.atField(crossIssue) : undefined);
  const ariaOwn = fieldAria(id, error);
  // A site's device count is also described by the sum of all sites when that is off.
  const sumError = /^sites\.\d+\.devices$/.test(spec.path) && sumIssue ? `${fieldId("sites")}-error` : null;
  const aria = sumError
    ? { ...ariaOwn, "aria-describedby": [ariaOwn["aria-describedby"], sumError].filter(Boolean).join(" ") }
    : ariaOwn;

  if (spec.kind === "chips") {
    return (
      <Field id={id} label={label} help={help} source={source}>
        <Controller
          control={control}
          name={spec.path}
          render={({ field, fieldState }) => (
            <ChipList
              id={id}
              label={label}
              value={(field.value as string[] | undefined) ?? []}
              onChange={field.onChange}
              validateItem={itemValidator(spec.path)}
              error={errorText(fieldState.error?.message ? fieldState.error : firstItemError(fieldState.error), label)}
              placeholder={spec.placeholder}
            />
          )}
        />
      </Field>
    );
  }
  if (spec.kind === "proxy-address") {
    return (
      <ProxyAddressField id={id} path={spec.path} portPath={spec.portPath} label={label} help={help} error={error} />
    );
  }
  if (spec.kind === "checkbox") {
    return (
      <Field id={id} label={label} help={help} source={source} error={error} inline>
        <Checkbox {...aria} {...register(spec.path)} />
      </Field>
    );
  }
  const control_ = (() => {
    switch (spec.kind) {
      case "number":
        return (
          <NumberInput
            {...aria}
            step={spec.step ?? 1}
            {...register(spec.path, { setValueAs: spec.nullable ? numberOrNull : numberOrNaN })}
          />
        );
      case "select":
        return (
          <Select
            {...aria}
            options={spec.options.map((o) => ({ value: String(o), label: optionLabel(spec.path, String(o), tc) }))}
            {...register(spec.path, spec.numeric ? { setValueAs: Number } : {})}
          />
        );
      case "distro":
        return <DistroSelect aria={aria} path={spec.path} />;
      case "edition":
        return <EditionSelect aria={aria} path={spec.path} />;
      case "nullable-text":
        return (
          <TextInput
            {...aria}
            className="font-mono"
            placeholder={spec.placeholder ? tc("chips.example", { value: spec.placeholder }) : undefined}
            {...register(spec.path, { setValueAs: emptyToNull })}
          />
        );
      case "date":
        return <TextInput {...aria} type="date" {...register(spec.path)} />;
      default:
        return <TextInput {...aria} type={spec.kind === "url" ? "url" : "text"} {...register(spec.path)} />;
    }
  })();
  return (
    <Field id={id} label={label} help={help} source={source} error={error}>
      {control_}
    </Field>
  );
});

function firstItemError(error: unknown): FieldError | undefined {
  if (!error || typeof error !== "object") return undefined;
  return Object.values(error).find((e): e is FieldError => !!e && typeof e === "object" && "message" in e);
}
