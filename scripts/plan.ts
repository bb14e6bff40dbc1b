// CLI: `npm run plan -- <plan|-|share link> [--format json|markdown|pdf|graph] [--out DIR] [--date YYYY-MM-DD] [--edition ID|latest] [--share-link ORIGIN]`.
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { EDITION_IDS, NEWEST_EDITION_ID, type EditionId } from "../lib/catalog/editions/ids";
import { fileMode } from "../lib/files/mode";
import { parsePlan, type Plan } from "../lib/plan";
import { checkIsoDate } from "../lib/plan/grammar";
import { evaluatePlan } from "../lib/report/evaluate";
import { renderMarkdown } from "../lib/report/markdown";
import { renderGraphFormat } from "./plan-graph";
import { applyCertOption } from "./plan-cert";
import { outputPath } from "./plan-out";
import { buildShareUrl, looksLikeShareLink, parseShareUrl } from "../lib/share";

const USAGE = `Usage: npm run plan -- <plan.tunnelplan.json | - | share link> [options]

  <plan>               a plan file, "-" for standard input, or a share link (the whole URL)
  --format FORMAT      json (default): the report; markdown: the checklist document; pdf: the checklist PDF (needs --out);
                       graph: the Microsoft Graph request bodies (exit status 1 when the plan fails their checks)
  --out DIR            write every generated file under DIR, keeping its path (DIR/etc/docker/daemon.json)
  --date YYYY-MM-DD    evaluate as of this date (replaces the plan's planningDate)
  --edition ID|latest  check against this edition of Microsoft's requirements (replaces the plan's edition);
                       latest = the newest; ids: ${EDITION_IDS.join(", ")}
  --share-link ORIGIN  print the plan's share link for ORIGIN, e.g. http://localhost:3000
                       (with --format pdf: put that link on the PDF's cover instead)
  --page-size SIZE     pdf only: A4 (default) or letter
  --pdf-content WHAT   pdf only: full (default: cover, findings, sizing, ports, allowlist, checklist, files)
                       or checklist (cover with sites and open blockers, then the checklist)
  --cert FILE          check a certificate file (PEM, DER or PFX; leaf plus chain) and fill tls.certificate
  --cert-password-env VAR  the PFX password, read from the environment variable VAR
  -h, --help           show this help
`;

type Options = { input?: string; format: string; out?: string; date?: string; edition?: EditionId; shareOrigin?: string; pageSize?: string; pdfContent?: string; cert?: string; certPasswordEnv?: string };

class UsageError extends Error {}

/** plan-format §4.5: an edition id, or "latest" for the newest. */
function parseEdition(value: string): EditionId {
  if (value === "latest") return NEWEST_EDITION_ID;
  const id = EDITION_IDS.find((e) => e === value);
  if (!id) throw new UsageError(`--edition must be latest or one of ${EDITION_IDS.join(", ")}, not "${value}"`);
  return id;
}

function parseArgs(argv: string[]): Options | "help" {
  const opts: Options = { format: "json" };
  const takes = new Set(["--format", "--out", "--date", "--edition", "--share-link", "--page-size", "--pdf-content", "--cert", "--cert-password-env"]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "-h" || arg === "--help") return "help";
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (takes.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (flag === "--format") opts.format = value;
      else if (flag === "--out") opts.out = value;
      else if (flag === "--date") opts.date = value;
      else if (flag === "--edition") opts.edition = parseEdition(value);
      else if (flag === "--share-link") opts.shareOrigin = value;
      else if (flag === "--cert") opts.cert = value;
      else if (flag === "--cert-password-env") opts.certPasswordEnv = value;
      else if (flag === "--pdf-content") opts.pdfContent = value;
      else opts.pageSize = value;
    } else if (arg.startsWith("--")) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (opts.input === undefined) {
      opts.input = arg;
    } else {
      throw new UsageError(`only one plan may be given (got "${opts.input}" and "${arg}")`);
    }
  }
  if (opts.input === undefined) throw new UsageError("no plan given");
  if (!["json", "markdown", "pdf", "graph"].includes(opts.format)) throw new UsageError(`--format must be json, markdown, pdf or graph, not "${opts.format}"`);
  if (opts.format === "pdf" && !opts.out) throw new UsageError("--format pdf needs --out DIR");
  if (opts.certPasswordEnv !== undefined && opts.cert === undefined) throw new UsageError("--cert-password-env needs --cert FILE");
  if (opts.pdfContent !== undefined && !/^(full|checklist)$/i.test(opts.pdfContent)) throw new UsageError("--pdf-content must be full or checklist");
  if (opts.date !== undefined) {
    const problem = checkIsoDate(opts.date);
    if (problem) throw new UsageError(`--date: ${problem}`);
  }
  if (opts.shareOrigin !== undefined && !/^https?:\/\/[^\s#]+$/i.test(opts.shareOrigin)) {
    throw new UsageError("--share-link needs an origin like http://localhost:3000");
  }
  return opts;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

const isShareLink = (input: string) => /^https?:\/\//i.test(input) || input.includes("#") || looksLikeShareLink(input);

/** Reads the plan; problems come back as `field.path: message` lines. */
async function loadPlan(input: string, today: string | undefined): Promise<{ plan: Plan; warnings: string[] } | { problems: string[] }> {
  if (input !== "-" && isShareLink(input)) {
    const r = parseShareUrl(input, { today });
    if (!r.ok) return { problems: [`share link: ${r.error.message}`] };
    const warnings = [...r.report.unknownFields.map((f) => `${f}: unknown field, ignored`), ...r.report.repaired.map((x) => `${x.path}: ${x.message} (reset to the default)`)];
    return { plan: r.plan, warnings };
  }
  let text: string;
  try {
    text = input === "-" ? await readStdin() : await readFile(input, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : String(code ?? error);
    return { problems: [`${input}: cannot read the plan (${why})`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { problems: [`${input === "-" ? "standard input" : input}: not valid JSON (${error instanceof Error ? error.message : "parse error"})`] };
  }
  const r = parsePlan(raw, { today });
  if (!r.ok) return { problems: r.issues.map((i) => `${i.path || "(plan)"}: ${i.message}`) };
  return { plan: r.value, warnings: [...r.report.unknownFields.map((f) => `${f}: unknown field, ignored`), ...r.report.migrations] };
}

async function main(argv: string[]): Promise<number> {
  let opts: Options | "help";
  try {
    opts = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`plan: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (opts === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  const loaded = await loadPlan(opts.input ?? "-", opts.date);
  if ("problems" in loaded) {
    process.stderr.write(`${loaded.problems.join("\n")}\n`);
    return 2;
  }
  for (const w of loaded.warnings) process.stderr.write(`warning: ${w}\n`);
  let plan: Plan = { ...loaded.plan, ...(opts.date ? { planningDate: opts.date } : {}), ...(opts.edition ? { edition: opts.edition } : {}) };
  const cert = opts.cert === undefined ? null : await applyCertOption(plan, opts.cert, opts.certPasswordEnv);
  if (cert && "problem" in cert) {
    process.stderr.write(`${cert.problem}\n`);
    return 2;
  }
  if (cert) {
    plan = cert.plan;
    for (const note of cert.notes) process.stderr.write(`warning: ${note}\n`);
    if (cert.unreadable) process.stderr.write(`warning: --cert: ${cert.unreadable.detail}\n`);
  }

  if (opts.shareOrigin && opts.format !== "pdf") {
    process.stdout.write(`${buildShareUrl(opts.shareOrigin, plan)}\n`);
    return 0;
  }
  const report = evaluatePlan(plan, { today: opts.date });
  // plan-format §4.3 tls-cert-unreadable: a file that could not be read is a finding of the report, not a crash.
  if (cert?.unreadable) report.findings.unshift(cert.unreadable);
  if (opts.out) {
    const written: string[] = [];
    for (const file of report.files) {
      const target = outputPath(opts.out, file.path);
      if (!target) {
        process.stderr.write(`${file.path}: refusing to write a path outside ${opts.out}\n`);
        return 2;
      }
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
      // The same permission bits as in the zip (lib/files/mode.ts), so ./prepare-server.sh runs as is.
      await chmod(target, fileMode(file));
      written.push(target);
    }
    process.stderr.write(`wrote ${written.length} file(s) under ${opts.out}\n`);
  }
  if (opts.format === "graph") {
    const graph = renderGraphFormat(plan, report);
    process.stdout.write(graph.stdout);
    process.stderr.write(graph.stderr);
    return graph.code;
  }
  if (opts.format === "pdf") {
    const { writeChecklistPdf, parsePageSize, parsePdfContent } = await import("./plan-pdf");
    const pageSize = parsePageSize(opts.pageSize);
    if (!pageSize) {
      process.stderr.write(`plan: --page-size must be A4 or letter\n`);
      return 2;
    }
    const content = parsePdfContent(opts.pdfContent) ?? "full";
    const file = await writeChecklistPdf(plan, report, opts.out ?? ".", {
      pageSize,
      content,
      generatedOn: plan.planningDate,
      shareUrl: opts.shareOrigin ? buildShareUrl(opts.shareOrigin, plan) : undefined,
    });
    process.stderr.write(`wrote ${file}\n`);
    return 0;
  }
  process.stdout.write(opts.format === "markdown" ? renderMarkdown(report, { title: plan.name || undefined, locale: plan.locale }) : `${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

// A closed pipe (`| head`) is the reader's choice, not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`plan: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
