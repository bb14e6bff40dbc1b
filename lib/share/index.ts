// Share links and plan files: the ways a plan leaves one browser and arrives in another (or the CLI).
export {
  decodeShareFragment,
  encodeShareFragment,
  RELIABLE_LINK_LENGTH,
  type DecodeOptions,
  type DecodeShareResult,
  type ShareError,
  type ShareErrorCode,
} from "./codec";
export {
  buildShareUrl,
  createShareLink,
  looksLikeShareLink,
  parseShareUrl,
  type ShareLinkResult,
} from "./url";
export {
  parsePlanFile,
  planFileName,
  serializePlanFile,
  type ParsePlanFileResult,
  type PlanFileError,
  type PlanFileIssue,
} from "./plan-file";
export type { RepairedField, ShareLoadReport } from "./repair";
export { isDifferentSavedPlan, summarizeLoadReport, type LoadSummary } from "./summary";
