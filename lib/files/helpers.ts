import type { Translate } from "@/lib/i18n/translate";
import type { Setup } from "@/lib/report/types";
import { commentLine } from "./render";
import { section, shellQuote, type ScriptSection } from "./shell";

/** Exit statuses every script documents the same way (distinct: a usage error is never "2 failures"). */
export const exitCodesComment = (t: Translate) => commentLine(t("files.comment.exitCodes"));

export type ScriptOptions = { name: string; dryRun: boolean; sshGuard?: boolean; site?: boolean };

/** The usage line, including --site when the plan has several sites. */
export function usageLine(setup: Setup, o: ScriptOptions): string {
  const site = o.site !== false && setup.sites.length > 1 ? ` --site ${setup.sites.map((s) => s.key).join("|")}` : "";
  return `usage: ${o.name}${o.dryRun ? " [--dry-run]" : ""}${o.sshGuard ? " [--no-ssh-guard]" : ""}${site}`;
}

/** Options: --dry-run, --site KEY, --no-ssh-guard, --help; anything else is a usage error (exit 2). */
export function optionsSection(setup: Setup, o: ScriptOptions): ScriptSection {
  return section("Options.", [
    ...(o.dryRun ? ["DRY_RUN=0"] : []),
    ...(o.sshGuard ? ["NO_SSH_GUARD=0"] : []),
    ...(o.site !== false ? ["SITE="] : []),
    `usage() { echo ${shellQuote(usageLine(setup, o))}; }`,
    'while [ "$#" -gt 0 ]; do',
    "  case $1 in",
    ...(o.dryRun ? ["    --dry-run) DRY_RUN=1 ;;"] : []),
    ...(o.sshGuard ? ["    --no-ssh-guard) NO_SSH_GUARD=1 ;;"] : []),
    ...(o.site !== false
      ? [
          '    --site) [ "$#" -ge 2 ] || { usage >&2; exit 2; }; SITE=$2; shift ;;',
          "    --site=*) SITE=${1#--site=} ;;",
        ]
      : []),
    "    -h|--help) usage; exit 0 ;;",
    '    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;',
    "  esac",
    "  shift",
    "done",
  ]);
}

/** facts#161: a server joins exactly one site, so it opens that site's ports only; several sites need --site. */
export function siteSection(setup: Setup, extra: (site: Setup["sites"][number]) => string[] = () => []): ScriptSection {
  const keys = setup.sites.map((s) => s.key).join(", ");
  const only = setup.sites.length === 1 ? setup.sites[0] : undefined;
  return section("facts#161: each server belongs to one site and opens only that site's ports.", [
    ...(only ? [`SITE=\${SITE:-${shellQuote(only.key)}}`] : []),
    "# shellcheck disable=SC2034 # not every script reads every site value",
    "case $SITE in",
    ...setup.sites.map((s) =>
      [
        `  ${shellQuote(s.key)})`,
        `    site_tcp_ports=(${s.tcpPorts.map(shellQuote).join(" ")})`,
        `    site_udp_ports=(${s.udpPorts.map(shellQuote).join(" ")})`,
        ...extra(s).map((l) => `    ${l}`),
        "    ;;",
      ].join("\n"),
    ),
    ...(only
      ? []
      : [
          `  "") echo ${shellQuote(`this plan has ${setup.sites.length} sites: name this server's site with --site (${keys})`)} >&2; exit 2 ;;`,
        ]),
    `  *) echo "unknown site: $SITE (this plan has: ${keys})" >&2; exit 2 ;;`,
    "esac",
  ]);
}

/** fail and run: stop at the first failure with what to do; run prints each command (DRY-RUN: without running it). */
export function runHelpers(): ScriptSection {
  return section("Helpers: stop at the first failure with a message that says what to do.", [
    "fail() {",
    "  printf 'FAILED: %s\\n' \"$1\" >&2",
    '  [ -n "${2:-}" ] && printf \'What to do: %s\\n\' "$2" >&2',
    "  exit 1",
    "}",
    "run() {",
    "  if [ \"$DRY_RUN\" = 1 ]; then printf 'DRY-RUN:'; printf ' %q' \"$@\"; printf '\\n'; return 0; fi",
    "  printf '+'; printf ' %q' \"$@\"; printf '\\n'",
    '  "$@" || fail "command failed: $*" "fix the cause shown above, then run this script again (it is safe to re-run)"',
    "}",
  ]);
}

/** write_file, ensure_line and ensure_kv: idempotent, with a backup of what they replace and a count of changes. */
export function fileHelpers(): ScriptSection {
  return section("File helpers: write only what differs, back up what is replaced, count the changes.", [
    "CHANGES=0",
    "write_file() {",
    "  local path=$1 content=$2",
    '  if [ -f "$path" ] && printf \'%s\' "$content" | cmp -s - "$path"; then',
    '    echo "unchanged: $path"; return 0',
    "  fi",
    "  CHANGES=$((CHANGES + 1))",
    '  if [ "$DRY_RUN" = 1 ]; then',
    "    echo \"DRY-RUN: write $path:\"; printf '%s' \"$content\" | sed 's/^/    /'; return 0",
    "  fi",
    '  mkdir -p "$(dirname "$path")" || fail "cannot create the folder of $path" "check the disk and permissions"',
    '  if [ -f "$path" ]; then',
    '    cp -p "$path" "$path.tp-backup.$(date +%Y%m%d%H%M%S)" || fail "cannot back up $path" "check free disk space"',
    "  fi",
    '  printf \'%s\' "$content" > "$path" || fail "cannot write $path" "check the disk and permissions"',
    '  echo "wrote: $path"',
    "}",
    "# The file's text with a final newline (a file without one would glue the next line onto its last).",
    "file_text() {",
    '  if [ -s "$1" ]; then',
    '    cat "$1"',
    '    if [ -n "$(tail -c 1 "$1")" ]; then printf \'\\n\'; fi',
    "  fi",
    "}",
    "# Add a line unless the file already has it exactly.",
    "ensure_line() {",
    "  local path=$1 line=$2",
    '  if [ -f "$path" ] && grep -qxF -- "$line" "$path"; then echo "unchanged: $path has $line"; return 0; fi',
    '  write_file "$path" "$(file_text "$path"; printf \'%s\' "$line")"$\'\\n\'',
    "}",
    "# Set KEY=VALUE: replace the line that sets KEY (with or without export) where it is, drop repeats, or add it.",
    "ensure_kv() {",
    "  local path=$1 key=$2 value=$3 next",
    '  next=$(file_text "$path" | awk -v key="$key" -v line="$key=$value" \'',
    '    { bare = $0; sub(/^[ \\t]*(export[ \\t]+)?/, "", bare) }',
    '    index(bare, key "=") == 1 { if (!done) print line; done = 1; next }',
    "    { print }",
    "    END { if (!done) print line }'; printf x)",
    '  write_file "$path" "${next%x}"',
    "}",
  ]);
}

/** Root check; a non-root dry run is allowed only for tests (TP_ALLOW_NON_ROOT=1 with --dry-run). */
export function rootCheck(): ScriptSection {
  return section("Changes need root; tests may dry-run as a normal user.", [
    'if [ "$(id -u)" -ne 0 ]; then',
    '  if [ "$DRY_RUN" = 1 ] && [ "${TP_ALLOW_NON_ROOT:-0}" = 1 ]; then',
    '    echo "note: not root; dry run only"',
    "  else",
    '    fail "this script must run as root" "run it with sudo"',
    "  fi",
    "fi",
  ]);
}

/** Last section: say what happened (the number of files changed, or that would change in a dry run). */
export function doneSection(name: string): ScriptSection {
  return section("Done.", [
    `if [ "$DRY_RUN" = 1 ]; then echo "dry run finished: nothing was changed ($CHANGES file changes planned)"; else echo "${name}: done ($CHANGES file changes)"; fi`,
  ]);
}

/** IPv4 CIDR tests in bash (the server has no ipaddr.js): does an address lie in a network, do two networks overlap. */
export const CIDR_HELPERS = `ip_to_int() {
  local a b c d
  IFS=. read -r a b c d <<< "$1"
  echo $(((a << 24) + (b << 16) + (c << 8) + d))
}
# True when two IPv4 CIDRs (or addresses) overlap; an address inside a network overlaps it.
cidr_overlap() {
  local a=\${1%/*} b=\${2%/*} ap=32 bp=32 p mask
  [ "$a" != "$1" ] && ap=\${1#*/}
  [ "$b" != "$2" ] && bp=\${2#*/}
  p=$((ap < bp ? ap : bp))
  mask=$(((0xFFFFFFFF << (32 - p)) & 0xFFFFFFFF))
  [ "$p" -eq 0 ] && mask=0
  [ $(($(ip_to_int "$a") & mask)) -eq $(($(ip_to_int "$b") & mask)) ]
}`;
