"use client";

import { useEffect, useMemo, useState } from "react";
import { FormProvider, useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { parseChangedSlices } from "@/lib/plan/incremental";
import { flushSave, usePlanStore, type SaveOptions } from "@/state/plan-store";
import { commitStep } from "@/components/wizard/commit-step";
import { checkStepValues, type StepCrossCheck } from "@/components/wizard/cross-field";
import { steps, stepValues, type StepDef } from "@/components/wizard/steps";
import { CrossFieldContext } from "./cross-field-context";
import { FieldControl } from "./field-control";
import { SaveStatus } from "./save-status";
import { SitesEditor } from "./sites-editor";
import { StepFormContext } from "./step-control";

type Values = Record<string, unknown>;
const DEFER: SaveOptions = { defer: true };
type StepMethods = NonNullable<React.ContextType<typeof StepFormContext>>;

const crossKey = (c: StepCrossCheck) => JSON.stringify([[...c.issues], [...c.all], c.devices]);

/**
 * `value` while it equals (by `key`) the one kept; the kept object otherwise. The cross-field check is
 * recomputed on every keystroke, but a new object with the same issues would re-render every field.
 */
function useSameWhileEqual<T>(value: T, keyOf: (v: T) => string): T {
  const key = keyOf(value);
  const [kept, setKept] = useState({ key, value });
  if (kept.key === key) return kept.value;
  setKept({ key, value });
  return value;
}

/**
 * The step schema's resolver, parsing only what differs from the current plan (lib/plan/incremental.ts):
 * at 500 sites zod's own parsed every site on each keystroke (issue 17). Values it rejects go to zod's
 * resolver, whose messages name the fields.
 */
function stepResolver(step: StepDef): Resolver<Values, unknown, Values> {
  const zod = zodResolver(step.schema);
  return (values, context, options) => {
    const slices = parseChangedSlices(usePlanStore.getState().plan, values, step.keys);
    return slices ? { values: slices, errors: {} } : zod(values, context, options);
  };
}

/** One wizard step: react-hook-form with the step's schema; valid values go to the plan as the user types, the rest to the step's draft. */
export function StepForm({ step }: { step: StepDef }) {
  const draft = usePlanStore.getState().drafts[step.id];
  const resolver = useMemo(() => stepResolver(step), [step]);
  // Read once: the form keeps its own values, and copying the plan's slices cost each keystroke's render ~2 ms at 500 sites.
  const [defaultValues] = useState(() => draft ?? stepValues(step, usePlanStore.getState().plan));
  const form = useForm<Values, unknown, Values>({ resolver, mode: "onChange", defaultValues });
  const plan = usePlanStore((s) => s.plan);
  const drafts = usePlanStore((s) => s.drafts);

  useEffect(() => {
    if (draft) void form.trigger();
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const { plan, drafts, commitPlan, setDraft } = usePlanStore.getState();
        const outcome = commitStep(step, values, plan, drafts, steps);
        // Written after a pause in typing (issue 17); leaving the step writes it at once.
        if (outcome.kind !== "ok") return setDraft(step.id, structuredClone(values), DEFER);
        commitPlan(outcome.plan, DEFER);
        for (const id of outcome.committed) setDraft(id, null, DEFER);
      },
    });
    return () => {
      unsubscribe();
      flushSave();
    };
    // The form is created once per step (keyed by the caller); the draft is only read for the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, step]);

  const values = useWatch({ control: form.control }) as Values;
  const outcome = useMemo(
    () => (step.id in drafts ? commitStep(step, values, plan, drafts, steps) : null),
    [step, values, plan, drafts],
  );
  // Cross-field rules (sums, duplicates, androidBelow10) on the values as typed, shown at their fields.
  const cross = useSameWhileEqual(
    useMemo(() => checkStepValues(step, values, plan, drafts, steps), [step, values, plan, drafts]),
    crossKey,
  );
  return (
    <CrossFieldContext value={cross}>
      <StepFormContext value={form as unknown as StepMethods}>
        <FormProvider {...form}>
          {/* Not a <form>: Chrome looks every property read on a form element up among its named controls, and
              React reads one there for each event it dispatches; once an input's name is set (React sets it on
              each re-render of the input) that lookup rebuilt its map of the 3,500 controls at 500 sites, ~6 ms
              per event (issue 17). Nothing here is submitted: values go to the plan as they are typed. */}
          <div
            role="form"
            className="space-y-6"
            aria-labelledby={`${step.id}-title`}
            aria-describedby={`${step.id}-intro`}
          >
            {step.fields
              .filter((f) => !f.when || f.when(values))
              // The sites list renders its own FieldControls per site, so it is chosen here, not inside FieldControl.
              .map((f) => (f.kind === "sites" ? <SitesEditor key={f.path} /> : <FieldControl key={f.path} spec={f} />))}
            <SaveStatus outcome={outcome} />
          </div>
        </FormProvider>
      </StepFormContext>
    </CrossFieldContext>
  );
}
