import { expect as baseExpect, test, type APIRequestContext, type Page } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makePfx, makeTestPki, pemBytes } from "@/test/support/certs";
import { parsePlan } from "../lib/plan/parse";
import { seedPlans } from "./support/plans";
import { watchPage } from "./support/watch";
import { axe } from "./support/axe";

// Seven agents share two cores: hydration and the first parse can take longer than the default 15 s.
const expect = baseExpect.configure({ timeout: 60_000 });
const VALID = { notBefore: "2026-09-01T00:00:00Z", notAfter: "2027-03-01T00:00:00Z" };
/** Strings only the certificate parser's chunk holds: the public-roots data and @peculiar/x509's DI container. */
const PARSER_MARKERS = ["ISRG Root X1", "tsyringe requires a reflect polyfill"];

async function scriptsWithParser(request: APIRequestContext, urls: string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const url of urls) {
    const body = await (await request.get(url)).text();
    if (PARSER_MARKERS.some((m) => body.includes(m))) hits.push(url);
  }
  return hits;
}

async function seedContoso(page: Page) {
  const raw = JSON.parse(readFileSync(path.join("lib", "__fixtures__", "contoso-single-site.tunnelplan.json"), "utf8"));
  const parsed = parsePlan(raw);
  if (!parsed.ok) throw new Error("fixture");
  await seedPlans(page, [{ id: "contosocert01", plan: parsed.value }]);
}

test("certificate step: a good chain, a bad one and a PFX are checked in the browser, nothing leaves it and no key is kept", async ({
  page,
  baseURL,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const pki = await makeTestPki();
  const good = await pki.leaf({ names: ["tunnel.contoso.com"], ...VALID });
  const wrong = await pki.leaf({
    names: ["vpn.fabrikam.com"],
    key: "rsa1024",
    revocation: false,
    notBefore: "2026-01-01T00:00:00Z",
    notAfter: "2028-06-01T00:00:00Z",
  });
  const dir = testInfo.outputPath("certs");
  mkdirSync(dir, { recursive: true });
  const files = {
    good: path.join(dir, "tunnel-chain.pem"),
    bad: path.join(dir, "wrong-leaf-only.crt"),
    pfx: path.join(dir, "site.pfx"),
  };
  writeFileSync(files.good, pemBytes(good, pki.intermediate, pki.root));
  writeFileSync(files.bad, new TextEncoder().encode(wrong.pem + wrong.keyPem));
  writeFileSync(files.pfx, makePfx(good, [pki.intermediate, pki.root], "correct horse"));
  const keyLine = good.keyPem.split("\n")[3]!;

  const watch = watchPage(page, baseURL!);
  const scripts: string[] = [];
  page.on("request", (req) => {
    if (req.resourceType() === "script") scripts.push(req.url());
  });
  await seedContoso(page);
  await page.goto("/plan/certificate");
  const input = page.getByLabel("Certificate file");
  await expect(input).toBeVisible();
  await page.waitForLoadState("networkidle");
  const firstLoad = [...scripts];
  expect(await scriptsWithParser(request, firstLoad), "certificate parser in the first-load JS").toEqual([]);
  expect((await axe(page)).violations).toEqual([]);

  // A good chain: every check passes, the typed fields follow the file.
  await input.setInputFiles(files.good);
  const summary = page.getByTestId("certificate-summary");
  await expect(summary.getByRole("status")).toHaveText("Loaded CN=tunnel.contoso.com: no problems found.");
  await expect(summary.getByTestId("certificate-checks")).toContainText(
    "Site Frankfurt: tunnel.contoso.com is covered",
  );
  await expect(page.getByLabel("Validity (days)")).toHaveValue("182");
  await expect(page.getByLabel("Key size (bits)")).toHaveValue("2048");
  expect(await scriptsWithParser(request, scripts.slice(firstLoad.length)), "parser loaded on use").not.toEqual([]);
  expect((await axe(page)).violations).toEqual([]);
  await page.screenshot({ path: path.join("reports", "certificate-step-good.png"), fullPage: true });

  // The review shows the same report: no certificate finding, the OCSP host in the allowlist.
  await page.goto("/review");
  await expect(page.getByRole("table", { name: "Hosts the Tunnel servers must reach" })).toContainText(
    "ocsp.contoso.com",
  );
  await expect(page.locator('[data-finding-id^="tls-cert-"]')).toHaveCount(0);

  // A leaf for another name, 1024-bit, no revocation, too long, without its chain: each problem is named.
  await page.goto("/plan/certificate");
  await page.getByLabel("Certificate file").setInputFiles(files.bad);
  await expect(summary.getByRole("status")).toHaveText(/^Loaded CN=vpn\.fabrikam\.com: [5-9] problems found\.$/);
  const checks = summary.getByTestId("certificate-checks");
  for (const title of [
    "The loaded certificate does not cover a site's public address",
    "The loaded certificate's RSA key is smaller than 2048 bits",
    "The certificate chain is incomplete or out of order",
    "The loaded certificate names no OCSP or CRL address",
    "The loaded certificate is valid for longer than allowed",
  ]) {
    await expect(checks).toContainText(title);
  }
  expect((await axe(page)).violations).toEqual([]);
  await page.screenshot({ path: path.join("reports", "certificate-step-bad.png"), fullPage: true });
  await page.goto("/review");
  await expect(page.locator('[data-finding-id="tls-cert-name-mismatch"]')).toContainText(
    "The loaded certificate does not cover a site's public address",
  );

  // A PFX: the password is asked for, a wrong one is announced, the right one opens it.
  await page.goto("/plan/certificate");
  await page.getByLabel("Certificate file").setInputFiles(files.pfx);
  await expect(page.locator("#field-tls-certificate-error")).toContainText("The PFX file is protected by a password.");
  const password = page.getByLabel(/^PFX password/);
  await password.fill("wrong");
  await password.press("Enter");
  await expect(page.locator("#field-tls-certificate-error")).toContainText("The password does not open the PFX file.");
  await password.fill("correct horse");
  await page.getByRole("button", { name: "Open PFX" }).click();
  await expect(summary.getByRole("status")).toHaveText("Loaded CN=tunnel.contoso.com: no problems found.");
  await expect(password).toHaveCount(0);
  await expect(page.getByLabel("Certificate format")).toHaveValue("pfx");

  // Nothing of the key or the password reached storage; no request left the origin.
  // Saved after the pause in typing (issue 17): read storage once the new certificate is there.
  const readStorage = () =>
    page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  await expect.poll(readStorage, { message: "the certificate's summary is saved" }).toContain("CN=tunnel.contoso.com");
  const stored = await readStorage();
  for (const secret of ["PRIVATE KEY", keyLine, "correct horse"]) expect(stored).not.toContain(secret);

  // Remove: the summary goes, the values it set stay.
  await page.getByRole("button", { name: "Remove the loaded certificate" }).click();
  await expect(summary).toHaveCount(0);
  await expect(page.getByLabel("Validity (days)")).toHaveValue("182");
  watch.expectClean();
});
