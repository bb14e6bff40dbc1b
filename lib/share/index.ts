// Share links and plan files: the ways a plan leaves one browser and arrives in another (or the CLI).
export {
  decodeShareFragment,
  encodeShareFragment,
  MAX_PAYLOAD_CHARS,
  RELIABLE_LINK_LENGTH,
  SHARE_PREFIX,
  type DecodeOptions,
  type DecodeShareResult,
  type ShareError,
  type ShareErrorCode,
} from "./codec";
export {
  buildShareUrl,
  createShareLink,
  extractShareFragment,
  looksLikeShareLink,
  parseShareUrl,
  SHARE_PATH,
  type ShareLinkResult,
} from "./url";
export {
  parsePlanFile,
  planFileName,
  PLAN_FILE_EXTENSION,
  serializePlanFile,
  type ParsePlanFileResult,
  type PlanFileError,
  type PlanFileIssue,
} from "./plan-file";
export type { RepairedField, ShareLoadReport } from "./repair";
export { isDifferentSavedPlan, summarizeLoadReport, type LoadSummary } from "./summary";
