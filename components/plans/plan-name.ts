import * as grammar from "@/lib/plan/grammar";
import { checkNoInvisible } from "@/lib/plan/progress";

/** Plan names are at most this long (plan-format §1): a copy's suffix must not push a name past it. */
const MAX_NAME = 120;

/** `template(name)` with `name` cut short enough that the result is still a valid plan name. */
export function nameWithSuffix(name: string, template: (name: string) => string): string {
  const room = MAX_NAME - template("").length;
  return template(name.length > room ? `${name.slice(0, Math.max(0, room - 1)).trimEnd()}…` : name);
}

/** The problem with a typed plan name, or null: the same rule the plan file applies. */
export function checkPlanName(name: string): string | null {
  return grammar.checkName(name, MAX_NAME) ?? checkNoInvisible(name);
}
