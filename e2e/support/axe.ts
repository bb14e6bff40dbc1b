import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * axe over the page (or only `include`), all of its rules. Legacy mode runs axe.run in the page itself; the default
 * runs axe.runPartial in every frame and finishes in a new blank page, which took 6-10 s per call on /review here
 * against 1.1-1.5 s, for cross-origin frames the app never has (it has no frames). Passes and incomplete results
 * come back without their node lists (resultTypes): the violations, the only thing the tests read, are complete.
 */
export async function axe(page: Page, include?: string) {
  // A view still rendering its parts (the review's checklist, aria-busy) is checked once it has all of them.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
  return (include ? builder.include(include) : builder).analyze();
}
