import { expect, type Locator, type Page } from "@playwright/test";

/** The landing page: continue, the plan list, a new plan, presets, open a file. */
export class LandingPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/");
    await expect(this.startNew).toBeVisible();
  }
  get startNew(): Locator {
    return this.page.getByRole("button", { name: "Start a new plan" });
  }
  get resume(): Locator {
    return this.page.getByRole("link", { name: "Resume editing" });
  }
  get continueCard(): Locator {
    return this.page.getByRole("region", { name: "Continue where you left off" });
  }
  get planList(): Locator {
    return this.page.getByRole("region", { name: "Your plans" });
  }
  get unreadableHeading(): Locator {
    return this.page.getByRole("heading", { name: "A saved plan could not be opened" });
  }
  dialog(): Locator {
    return this.page.getByRole("dialog");
  }
}
