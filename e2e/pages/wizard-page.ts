import { expect, type Locator, type Page } from "@playwright/test";

export const STEP_SLUGS = ["scope", "devices", "sites", "server", "network", "certificate", "proxies"] as const;
export type StepSlug = (typeof STEP_SLUGS)[number];

/** The wizard at /plan/<step>: form fields by label, the stepper, navigation and the live summary. */
export class WizardPage {
  constructor(readonly page: Page) {}

  async goto(slug: StepSlug, hash = "") {
    await this.page.goto(`/plan/${slug}${hash}`);
    await this.ready();
  }

  /** The form is rendered after the saved plan is read from localStorage (slow on two shared cores). */
  async ready() {
    await expect(this.form).toBeVisible({ timeout: 45_000 });
  }

  get form(): Locator {
    return this.page.locator("main [role=form]");
  }
  get summary(): Locator {
    return this.page.getByRole("complementary", { name: "Live summary" });
  }
  get stepper(): Locator {
    return this.page.getByRole("navigation", { name: "Plan steps" });
  }
  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === "string" });
  }
  /** The inline error of one field (scoped: never Next's route announcer). */
  errorOf(fieldId: string): Locator {
    return this.page.locator(`[id="${fieldId}-error"]`);
  }
  async totalServers(): Promise<string> {
    return (await this.summary.getByTestId("summary-total-servers").innerText()).trim();
  }
  next(): Locator {
    return this.page.getByRole("link", { name: /^(Next|Review the plan)$/ });
  }
  back(): Locator {
    return this.page.getByRole("link", { name: "Back", exact: true });
  }
  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }
  /** Adds one chip: type into the list's input and press Enter. */
  async addChip(label: string, value: string) {
    const input = this.field(label);
    await input.fill(value);
    await input.press("Enter");
  }
}
