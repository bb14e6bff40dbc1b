// The requirements catalog: data only, each entry citing facts.md.
export * from "./editions";
export { publicCaLimitOn, PUBLIC_CA_LIMITS } from "./cabf";
export * from "./options";
export { DISTROS, DISTRO_IDS, findDistro, rhelAtLeast, overviewRuntime, type Distro, type DistroId, type DistroFamily } from "./distros";
export { FINDINGS, FINDING_IDS, type FindingId, type FindingDef, type FindingSeverity } from "./findings";
export * from "./sizing";
export * from "./ports";
export { FQDNS, type FqdnEntry } from "./fqdns";
export { PLATFORMS, NON_PUBLIC_TLDS, type Platform } from "./platforms";
export * from "./rbac";
export { CONTRADICTIONS, type Contradiction } from "./contradictions";
export { FIELD_HELP, type FieldHelp } from "./fields";
