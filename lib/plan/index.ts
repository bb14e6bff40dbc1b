export * from "./schema";
export * from "./defaults";
export * from "./parse";
export * from "./migrations";
export * from "./grammar";
