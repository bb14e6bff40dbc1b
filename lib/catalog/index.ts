// The requirements catalog: data only, each entry citing facts.md.
export { CATALOG_AS_OF, CATALOG_SOURCE } from "./edition";
export * from "./options";
export { DISTROS, DISTRO_IDS, findDistro, type Distro, type DistroId } from "./distros";
export { FINDINGS, FINDING_IDS, type FindingId, type FindingText, type FindingSeverity } from "./findings";
