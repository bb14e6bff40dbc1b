"use client";

import { createContext, useContext } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

/**
 * The step form's methods (control, register, getValues, setValue): one object for the form's life.
 * useFormContext's value changes with every validation, so every field reading it re-rendered on each
 * keystroke (issue 17: 3,500 fields at 500 sites). Its formState is not reactive here: use useFormState.
 */
export const StepFormContext = createContext<UseFormReturn | null>(null);

export function useStepForm<T extends FieldValues = FieldValues>(): UseFormReturn<T> {
  const form = useContext(StepFormContext);
  if (!form) throw new Error("useStepForm outside a StepForm");
  return form as unknown as UseFormReturn<T>;
}
