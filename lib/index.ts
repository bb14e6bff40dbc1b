// Public API of the planning engine.
export { planSchema, defaultPlan, createDefaultPlan, parsePlan, migratePlan, type Plan, type PlanInput, type LoadReport, type ParseResult } from "./plan";
export { evaluatePlan, type EvaluateOptions } from "./report/evaluate";
export type * from "./report/types";
export { CATALOG_AS_OF, CATALOG_SOURCE } from "./catalog/edition";
