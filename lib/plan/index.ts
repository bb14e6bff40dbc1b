export { planSchema, siteSchema, CURRENT_SCHEMA_VERSION, FALLBACK_PLANNING_DATE, type Plan, type PlanInput, type Site } from "./schema";
export { defaultPlan, createDefaultPlan } from "./defaults";
export { parsePlan, formatIssues, type LoadReport, type ParseResult } from "./parse";
export { migratePlan, type PlanIssue, type MigrationResult } from "./migrations";
export { totalDevices, androidTotal, listConsistencyIssues, type ConsistencyIssue } from "./consistency";
export { planSlug } from "./slug";
export * as grammar from "./grammar";
export {
  countDone,
  isDone,
  setItemDone,
  withoutProgress,
  checkPersonName,
  MAX_PROGRESS_ENTRIES,
  type Progress,
  type ProgressEntry,
} from "./progress";
