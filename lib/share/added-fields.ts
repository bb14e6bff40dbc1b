// Plan fields added to schema 1 after format p1 shipped (plan-format §4.1), with the value a link that lacks
// them stands for: the schema default, which rule 2 of codec.ts says never changes. Encoding leaves a field out
// when it has this value, so links of plans that keep the old defaults stay as short as before.
import type { Json } from "./diff";

export const ADDED_SINCE_V1: Json = {
  edition: "2024-10-24",
  locale: "en",
  devices: { android10: 0 },
};
