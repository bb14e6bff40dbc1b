// The plan CLI as a function (argv, io) -> exit code, so tests run it in process; scripts/plan.ts is the entry.
// Exit codes: 0 done; 2 a usage error, a plan or link that is unreadable or invalid (link values reset to
// defaults included), a refused --out, or a plan too large for a share link; 1 an unexpected error.
import { readFile, stat } from "node:fs/promises";
import { EDITION_IDS, NEWEST_EDITION_ID, type EditionId } from "../lib/catalog/editions/ids";
import { fileMode } from "../lib/files/mode";
import { parsePlan } from "../lib/plan/parse";
import type { Plan } from "../lib/plan/schema";
import { checkIsoDate } from "../lib/plan/grammar";
import { evaluatePlan } from "../lib/report/evaluate";
import { renderMarkdown } from "../lib/report/markdown";
import { createShareLink, looksLikeShareLink, parseShareUrl } from "../lib/share/url";
import { RELIABLE_LINK_LENGTH } from "../lib/share/codec";
import { displayText } from "../lib/text-safety";
import { isLocale, LOCALES, type Locale } from "../lib/i18n/locales";
import { applyCertOption } from "./plan-cert";
import { renderGraphFormat } from "./plan-graph";
import { checkOutTargets, prepareOutDir, writeInside } from "./plan-out";
import { unreadableReason } from "./read-error";

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
  --lang LANG          en or de: the language of every text (replaces the plan's locale)
  --cert FILE          check a certificate file (PEM, DER or PFX; leaf plus chain) and fill tls.certificate
  --cert-password-env VAR  the PFX password, read from the environment variable VAR
  -h, --help           show this help

Exit status: 0 done; 2 bad options, an unreadable or invalid plan or link, a refused --out
(a symbolic link or a file in the way), or a plan too large for a share link; 1 an unexpected error.
`;

export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
};

type Options = {
  input?: string;
  format: string;
  out?: string;
  date?: string;
  edition?: EditionId;
  shareOrigin?: string;
  pageSize?: string;
  pdfContent?: string;
  lang?: Locale;
  cert?: string;
  certPasswordEnv?: string;
};

class UsageError extends Error {}

/** plan-format §4.5: an edition id, or "latest" for the newest. */
function parseEdition(value: string): EditionId {
  if (value === "latest") return NEWEST_EDITION_ID;
  const id = EDITION_IDS.find((e) => e === value);
  if (!id)
    throw new UsageError(`--edition must be latest or one of ${EDITION_IDS.join(", ")}, not "${displayText(value)}"`);
  return id;
}

/** plan-format §4.1 `locale`: the language of every text the report and the files hold. */
function parseLang(value: string): Locale {
  const lang = value.toLowerCase();
  if (!isLocale(lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(", ")}, not "${displayText(value)}"`);
  return lang;
}

function parseArgs(argv: string[]): Options | "help" {
  const opts: Options = { format: "json" };
  const takes = new Set([
    "--format",
    "--out",
    "--date",
    "--edition",
    "--share-link",
    "--page-size",
    "--pdf-content",
    "--lang",
    "--cert",
    "--cert-password-env",
  ]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "-h" || arg === "--help") return "help";
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
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
      else if (flag === "--lang") opts.lang = parseLang(value);
      else opts.pageSize = value;
    } else if (arg.startsWith("--")) {
      throw new UsageError(`unknown option ${displayText(arg)}`);
    } else if (opts.input === undefined) {
      opts.input = arg;
    } else {
      throw new UsageError(`only one plan may be given (got "${displayText(opts.input)}" and "${displayText(arg)}")`);
    }
  }
  if (opts.input === undefined) throw new UsageError("no plan given");
  if (!["json", "markdown", "pdf", "graph"].includes(opts.format))
    throw new UsageError(`--format must be json, markdown, pdf or graph, not "${displayText(opts.format)}"`);
  if (opts.format === "pdf" && !opts.out) throw new UsageError("--format pdf needs --out DIR");
  if (opts.certPasswordEnv !== undefined && opts.cert === undefined)
    throw new UsageError("--cert-password-env needs --cert FILE");
  if (opts.pdfContent !== undefined && !/^(full|checklist)$/i.test(opts.pdfContent))
    throw new UsageError("--pdf-content must be full or checklist");
  if (opts.date !== undefined) {
    const problem = checkIsoDate(opts.date);
    if (problem) throw new UsageError(`--date: ${displayText(problem)}`);
  }
  if (opts.shareOrigin !== undefined && !/^https?:\/\/[^\s#]+$/i.test(opts.shareOrigin)) {
    throw new UsageError("--share-link needs an origin like http://localhost:3000");
  }
  return opts;
}

/** An existing file is always read as a file (a path may contain "#"); otherwise a URL or fragment is a link. */
async function isShareLink(input: string): Promise<boolean> {
  if (input === "-") return false;
  try {
    await stat(input);
    return false;
  } catch {
    return /^https?:\/\//i.test(input) || input.includes("#") || looksLikeShareLink(input);
  }
}

/** One `path: message` line with everything from the input escaped and cut to a sane length. */
const line = (path: string, message: string) => `${displayText(path || "(plan)")}: ${displayText(message)}`;

type Loaded = { plan: Plan; warnings: string[] } | { problems: string[] };

/** Reads the plan; problems come back as `field.path: message` lines. */
async function loadPlan(input: string, today: string | undefined, io: CliIo): Promise<Loaded> {
  if (await isShareLink(input)) {
    const r = parseShareUrl(input, { today });
    if (!r.ok) return { problems: [`share link: ${displayText(r.error.message, 1000)}`] };
    // Values the link could not carry are an error, as in a plan file; the app shows them and asks.
    if (r.report.repaired.length > 0) {
      return {
        problems: r.report.repaired.map((x) => `${line(x.path, x.message)} (the app would reset it to the default)`),
      };
    }
    return { plan: r.plan, warnings: r.report.unknownFields.map((f) => line(f, "unknown field, ignored")) };
  }
  let text: string;
  try {
    text = input === "-" ? await io.readStdin() : await readFile(input, "utf8");
  } catch (error) {
    const why = unreadableReason(error);
    return { problems: [`${displayText(input)}: cannot read the plan (${why})`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      problems: [
        `${input === "-" ? "standard input" : displayText(input)}: not valid JSON (${displayText(error instanceof Error ? error.message : "parse error")})`,
      ],
    };
  }
  const r = parsePlan(raw, { today });
  if (!r.ok) return { problems: r.issues.map((i) => line(i.path, i.message)) };
  return {
    plan: r.value,
    warnings: [
      ...r.report.unknownFields.map((f) => line(f, "unknown field, ignored")),
      ...r.report.migrations.map((m) => displayText(m)),
    ],
  };
}

/** The plan's link, or null after saying why there is none (too long to open: the plan file is the way). */
function shareLinkOrExplain(origin: string, plan: Plan, io: CliIo): string | null {
  const link = createShareLink(origin, plan);
  if (!link.ok) {
    io.stderr(
      `plan: the share link would be ${link.length.toLocaleString("en")} characters; links over ${link.limit.toLocaleString("en")} cannot be opened. ` +
        "Send the plan file (.tunnelplan.json) instead.\n",
    );
    return null;
  }
  if (!link.reliable) {
    io.stderr(
      `warning: the share link is ${link.length.toLocaleString("en")} characters; links over ${RELIABLE_LINK_LENGTH.toLocaleString("en")} are often cut off by mail and chat tools, so the plan file is safer\n`,
    );
  }
  return link.url;
}

export async function runPlanCli(argv: string[], io: CliIo): Promise<number> {
  let opts: Options | "help";
  try {
    opts = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`plan: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (opts === "help") {
    io.stdout(USAGE);
    return 0;
  }
  const loaded = await loadPlan(opts.input ?? "-", opts.date, io);
  if ("problems" in loaded) {
    io.stderr(`${loaded.problems.join("\n")}\n`);
    return 2;
  }
  for (const w of loaded.warnings) io.stderr(`warning: ${w}\n`);
  let plan: Plan = {
    ...loaded.plan,
    ...(opts.date ? { planningDate: opts.date } : {}),
    ...(opts.edition ? { edition: opts.edition } : {}),
    ...(opts.lang ? { locale: opts.lang } : {}),
  };
  const cert = opts.cert === undefined ? null : await applyCertOption(plan, opts.cert, opts.certPasswordEnv);
  if (cert && "problem" in cert) {
    io.stderr(`${cert.problem}\n`);
    return 2;
  }
  if (cert) {
    plan = cert.plan;
    for (const note of cert.notes) io.stderr(`warning: ${note}\n`);
    if (cert.unreadable) io.stderr(`warning: --cert: ${cert.unreadable.detail}\n`);
  }

  const shareUrl = opts.shareOrigin ? shareLinkOrExplain(opts.shareOrigin, plan, io) : undefined;
  if (shareUrl === null) return 2;
  if (shareUrl && opts.format !== "pdf") {
    io.stdout(`${shareUrl}\n`);
    return 0;
  }
  if (opts.format === "pdf" && (await import("./plan-pdf")).parsePageSize(opts.pageSize) === null) {
    io.stderr(`plan: --page-size must be A4 or letter\n`);
    return 2;
  }
  const report = evaluatePlan(plan, { today: opts.date });
  // plan-format §4.3 tls-cert-unreadable: a file that could not be read is a finding of the report, not a crash.
  if (cert?.unreadable) report.findings.unshift(cert.unreadable);
  if (opts.out) {
    const dir = await prepareOutDir(opts.out);
    if (!dir.ok) {
      io.stderr(`plan: ${dir.message}\n`);
      return 2;
    }
    const checked = await checkOutTargets(
      opts.out,
      report.files.map((f) => f.path),
    );
    if (!checked.ok) {
      io.stderr(`plan: ${checked.message}\n`);
      return 2;
    }
    for (const file of report.files) {
      // The same permission bits as in the zip (lib/files/mode.ts), so ./prepare-server.sh runs as is.
      const written = await writeInside(opts.out, file.path, file.content, fileMode(file));
      if (!written.ok) {
        io.stderr(`plan: ${written.message}\n`);
        return 2;
      }
    }
    io.stderr(`wrote ${report.files.length} file(s) under ${displayText(opts.out)}\n`);
  }
  if (opts.format === "graph") {
    const graph = renderGraphFormat(plan, report);
    io.stdout(graph.stdout);
    io.stderr(graph.stderr);
    return graph.code;
  }
  if (opts.format === "pdf") {
    const { writeChecklistPdf, parsePageSize, parsePdfContent } = await import("./plan-pdf");
    const written = await writeChecklistPdf(plan, report, opts.out ?? ".", {
      pageSize: parsePageSize(opts.pageSize) ?? "A4",
      generatedOn: plan.planningDate,
      content: parsePdfContent(opts.pdfContent) ?? "full",
      shareUrl,
    });
    if (!written.ok) {
      io.stderr(`plan: ${written.message}\n`);
      return 2;
    }
    io.stderr(`wrote ${displayText(written.path)}\n`);
    return 0;
  }
  io.stdout(
    opts.format === "markdown"
      ? renderMarkdown(report, { title: plan.name || undefined, locale: plan.locale })
      : `${JSON.stringify(report, null, 2)}\n`,
  );
  return 0;
}
