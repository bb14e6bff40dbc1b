import { expect, test, type Page } from "@playwright/test";
import { WizardPage } from "./pages/wizard-page";
import { currentSaved } from "./support/plans";
import { watchPage } from "./support/watch";
import { axe } from "./support/axe";

// Issue 16 item 4: lists pasted as admins copy them (a spreadsheet column, a CSV line, an email),
// proxies typed as URLs, and messages that name the field without jargon.
test.use({ permissions: ["clipboard-read", "clipboard-write"] });
// Two cores shared by several agents: axe on a busy machine can take most of a minute.
test.describe.configure({ timeout: 180_000 });

// A new plan is first saved after a pause in typing (issue 17): until then there is nothing to read, and the polls wait.
const savedPlan = async (page: Page) => (await currentSaved(page))?.plan;

/** Pastes through the real clipboard (Ctrl+V), the way a user does. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("ControlOrMeta+V");
}

test("a pasted spreadsheet column becomes entries; the invalid ones stay in the field with their reasons", async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  const wizard = new WizardPage(page);
  await wizard.goto("network");
  const field = wizard.field("Internal networks");
  await field.focus();
  await paste(
    page,
    '"Network"\r\n"10.0.0.0/8"\r\n"172.16.0.0/12"\r\n"10.1.2.3/16"\r\n192.168.0.0/16\r\n10.0.0.0/8\r\n',
  );

  const chips = page.getByRole("list", { name: "Internal networks: entries" }).getByRole("listitem");
  await expect(chips).toHaveText([/^10\.0\.0\.0\/8/, /^172\.16\.0\.0\/12/, /^192\.168\.0\.0\/16/]);
  await expect(page.getByRole("status").filter({ hasText: "Added 3 entries." })).toContainText(
    "Already in the list: 10.0.0.0/8.",
  );
  const error = wizard.errorOf("field-network-internal-cidrs");
  await expect(error).toContainText("Internal networks: these 2 entries were not added.");
  await expect(error.getByRole("listitem")).toHaveText([
    /^"Network" is not a network: a network is written as its first address, a slash and the prefix length, e\.g\. 10\.0\.0\.0\/8/,
    "10.1.2.3/16 is an address inside the network 10.1.0.0/16, not its start; did you mean 10.1.0.0/16?",
  ]);
  await expect(field).toHaveValue("Network 10.1.2.3/16");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAttribute("aria-describedby", /field-network-internal-cidrs-error/);
  expect((await axe(page)).violations).toEqual([]);

  // Fixing the rest in the field and pressing Enter adds it; nothing typed was lost on the way.
  await field.fill("10.1.0.0/16");
  await field.press("Enter");
  await expect(chips).toHaveCount(4);
  await expect(error).toHaveCount(0);
  await expect(field).toHaveValue("");
  await expect
    .poll(async () => (await savedPlan(page))?.network.internalCidrs)
    .toEqual(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "10.1.0.0/16"]);
  watch.expectClean();
});

test("a list typed with commas and semicolons, DNS servers and suffixes: each field explains its own entries", async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  const wizard = new WizardPage(page);
  await wizard.goto("network");
  await wizard.addChip("DNS servers", "10.0.0.53; 10.0.0.54, 10.0.0.53/32");
  await expect(page.getByRole("list", { name: "DNS servers: entries" }).getByRole("listitem")).toHaveCount(2);
  await expect(wizard.errorOf("field-network-dns-servers")).toContainText(
    '"10.0.0.53/32" is a network; enter one address, e.g. 10.0.0.53',
  );

  await wizard.field("DNS suffixes").focus();
  await paste(page, "corp.contoso.com, lab_01.contoso.com\tcontoso.local");
  await expect(page.getByRole("list", { name: "DNS suffixes: entries" }).getByRole("listitem")).toHaveCount(2);
  const suffixError = wizard.errorOf("field-network-dns-suffixes");
  await expect(suffixError).toContainText("DNS suffixes: this entry was not added.");
  await expect(suffixError).toContainText(
    '"lab_01.contoso.com" contains "_"; a host name may only contain letters a-z, digits, hyphens and dots',
  );
  await expect(suffixError).not.toContainText(/label/i);
  watch.expectClean();
});

test("a server proxy pasted as http://host:port is split into address and port", async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  const wizard = new WizardPage(page);
  await wizard.goto("proxies");
  await wizard.field("Server proxy").selectOption("http");
  await wizard.field("Proxy address").focus();
  await paste(page, "http://proxy.contoso.com:8080/");
  await expect(wizard.field("Proxy address")).toHaveValue("proxy.contoso.com");
  await expect(wizard.field("Proxy port")).toHaveValue("8080");
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Split http://proxy.contoso.com:8080/ into the address proxy.contoso.com and port 8080." }),
  ).toBeVisible();
  await expect
    .poll(async () => (await savedPlan(page))?.serverProxy)
    .toMatchObject({ address: "proxy.contoso.com", port: 8080 });

  // Typed by hand: while it reads like a URL the field says what will happen, and leaving it splits it.
  await wizard.field("Proxy address").fill("10.10.10.1:3128");
  await expect(
    page.getByText(
      "This looks like a proxy URL. Leave the field (Tab) or press Enter and it is split into address and port.",
    ),
  ).toBeVisible();
  await expect(wizard.errorOf("field-server-proxy-address")).toHaveCount(0);
  await page.keyboard.press("Tab");
  await expect(wizard.field("Proxy address")).toHaveValue("10.10.10.1");
  await expect(wizard.field("Proxy port")).toHaveValue("3128");
  await expect
    .poll(async () => (await savedPlan(page))?.serverProxy)
    .toMatchObject({ address: "10.10.10.1", port: 3128 });

  // Anything else is explained, naming the field.
  await wizard.field("Proxy address").fill("proxy_1.contoso.com");
  await expect(wizard.errorOf("field-server-proxy-address")).toHaveText(
    'Proxy address: "proxy_1.contoso.com" contains "_"; a host name may only contain letters a-z, digits, hyphens and dots.',
  );
  expect((await axe(page)).violations).toEqual([]);
  watch.expectClean();
});

test("a device proxy typed as a URL is split when Enter is pressed", async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  const wizard = new WizardPage(page);
  await wizard.goto("devices");
  await wizard.field("Device proxy").selectOption("direct");
  await wizard.field("Device proxy address").fill("https://10.20.0.5:8443");
  await wizard.field("Device proxy address").press("Enter");
  await expect(wizard.field("Device proxy address")).toHaveValue("10.20.0.5");
  await expect(wizard.field("Device proxy port")).toHaveValue("8443");
  await expect
    .poll(async () => (await savedPlan(page))?.vpn.deviceProxy)
    .toMatchObject({ mode: "direct", address: "10.20.0.5", port: 8443 });
  watch.expectClean();
});
