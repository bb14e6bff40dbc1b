export { EDITION_IDS, SOURCE_EDITION_ID, NEWEST_EDITION_ID, type EditionId } from "./ids";
export { EDITION_SPECS, BASE_FQDNS, POWERLIFT } from "./data";
export { EDITIONS, SOURCE_EDITION, NEWEST_EDITION, getEdition, findRow, editionsAfter, diffEditions, type EditionDifference } from "./resolve";
export type * from "./types";
