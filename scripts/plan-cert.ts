// CLI --cert FILE [--cert-password-env VAR] (plan-format §4.5): reads a PEM, DER or PFX file into tls.certificate.
// The PFX password comes only from the named environment variable, never from the command line (shell history, ps).
import { open } from "node:fs/promises";
import { applyCertificate } from "../lib/cert/apply";
import { MAX_CERT_FILE_BYTES, parseCertificateFile } from "../lib/cert/parse";
import { createTexts } from "../lib/i18n/texts";
import type { Plan } from "../lib/plan/schema";
import { toFinding } from "../lib/report/evaluate";
import type { Finding } from "../lib/report/types";
import { unreadableCertificateFinding } from "../lib/rules/certificate";
import { displayText } from "../lib/text-safety";
import { unreadableReason } from "./read-error";

export type CertOption = { plan: Plan; unreadable: Finding | null; notes: string[] } | { problem: string };

/** Reads at most one byte more than the cap, so a huge file is refused without loading it. */
async function readCapped(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = new Uint8Array(MAX_CERT_FILE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const size = (await handle.stat()).size;
    return bytesRead > MAX_CERT_FILE_BYTES ? new Uint8Array(size) : buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function applyCertOption(
  plan: Plan,
  file: string,
  passwordEnv: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CertOption> {
  let password: string | undefined;
  if (passwordEnv !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(passwordEnv))
      return { problem: `--cert-password-env: "${displayText(passwordEnv, 40)}" is not an environment variable name` };
    password = env[passwordEnv];
    if (password === undefined)
      return { problem: `--cert-password-env: the environment variable ${passwordEnv} is not set` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(file);
  } catch (error) {
    const why = unreadableReason(error);
    return { problem: `--cert ${displayText(file)}: cannot read the certificate (${why})` };
  }
  const parsed = await parseCertificateFile(bytes, { password });
  if (!parsed.ok) {
    const texts = createTexts(plan.locale);
    return { plan, unreadable: toFinding(unreadableCertificateFinding(parsed.issues[0]!, texts), texts), notes: [] };
  }
  const notes = parsed.details.skipped.map((s) => `--cert: not kept (outside the plan's grammar): ${displayText(s)}`);
  if (parsed.details.keyInFile) notes.push("--cert: the file also holds a private key; it was not read");
  return { plan: { ...plan, tls: applyCertificate(plan.tls, parsed.value) }, unreadable: null, notes };
}
