// Public API of the planning engine.
export {
  planSchema,
  defaultPlan,
  createDefaultPlan,
  parsePlan,
  migratePlan,
  formatIssues,
  type Plan,
  type PlanInput,
  type Site,
  type LoadReport,
  type ParseResult,
  type PlanIssue,
} from "./plan";
export { evaluatePlan, type EvaluateOptions } from "./report/evaluate";
export { renderMarkdown } from "./report/markdown";
export type * from "./report/types";
export { EDITIONS, EDITION_IDS, NEWEST_EDITION_ID, SOURCE_EDITION_ID, getEdition, type EditionId } from "./catalog/editions";
export { FIELD_HELP, type FieldHelp } from "./catalog/fields";
export { FINDINGS, FINDING_IDS, type FindingId } from "./catalog/findings";
export { PHASE_IDS, type PhaseId } from "./rules/checklist";
