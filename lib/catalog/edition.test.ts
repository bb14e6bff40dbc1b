import { describe, expect, it } from "vitest";
import { CATALOG_AS_OF } from "./edition";

describe("catalog edition", () => {
  it("is the source document's date, as an ISO day", () => {
    expect(CATALOG_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(CATALOG_AS_OF).toBe("2024-10-24");
  });
});
