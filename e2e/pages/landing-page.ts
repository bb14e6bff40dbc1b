import { expect, type Locator, type Page } from "@playwright/test";

/** The landing page: start, resume, example, open file, and the recovery notice. */
export class LandingPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/");
    await expect(this.startNew.or(this.recoveryHeading)).toBeVisible();
  }
  get startNew(): Locator {
    return this.page.getByRole("button", { name: "Start new plan" });
  }
  get example(): Locator {
    return this.page.getByRole("button", { name: "Explore an example plan" });
  }
  get resume(): Locator {
    return this.page.getByRole("link", { name: "Resume" });
  }
  get recoveryHeading(): Locator {
    return this.page.getByRole("heading", { name: "Your saved plan could not be opened" });
  }
  dialog(): Locator {
    return this.page.getByRole("dialog");
  }
}
