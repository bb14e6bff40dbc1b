import { section, shellQuote, type ScriptSection } from "./shell";

/** Argument parsing and the run/write helpers shared by the scripts that change a server. */
export function changeHelpers(usage: string, writesFiles: boolean): ScriptSection[] {
  const sections = [
    section("Options: --dry-run prints every action and changes nothing.", [
      "DRY_RUN=0",
      "for arg in \"$@\"; do",
      "  case $arg in",
      "    --dry-run) DRY_RUN=1 ;;",
      `    -h|--help) echo ${shellQuote(usage)}; exit 0 ;;`,
      "    *) echo \"unknown option: $arg\" >&2; exit 2 ;;",
      "  esac",
      "done",
    ]),
    section("Helpers: stop at the first failure with a message that says what to do.", [
      "fail() {",
      "  printf 'FAILED: %s\\n' \"$1\" >&2",
      "  [ -n \"${2:-}\" ] && printf 'What to do: %s\\n' \"$2\" >&2",
      "  exit 1",
      "}",
      "run() {",
      "  if [ \"$DRY_RUN\" = 1 ]; then printf 'DRY-RUN:'; printf ' %q' \"$@\"; printf '\\n'; return 0; fi",
      "  printf '+'; printf ' %q' \"$@\"; printf '\\n'",
      "  \"$@\" || fail \"command failed: $*\" \"fix the cause shown above, then run this script again (it is safe to re-run)\"",
      "}",
    ]),
  ];
  if (writesFiles) {
    sections.push(
      section("File helpers: idempotent writes with backups.", [
        "CHANGES=0",
        "# Write a file only when its content differs; keep a backup of what it replaces; count the change.",
        "write_file() {",
        "  local path=$1 content=$2",
        "  if [ -f \"$path\" ] && printf '%s' \"$content\" | cmp -s - \"$path\"; then",
        "    echo \"unchanged: $path\"; return 0",
        "  fi",
        "  if [ \"$DRY_RUN\" = 1 ]; then",
        "    echo \"DRY-RUN: write $path:\"; printf '%s' \"$content\" | sed 's/^/    /'; CHANGES=$((CHANGES + 1)); return 0",
        "  fi",
        "  mkdir -p \"$(dirname \"$path\")\" || fail \"cannot create the folder of $path\" \"check the disk and permissions\"",
        "  if [ -f \"$path\" ]; then",
        "    cp -p \"$path\" \"$path.tp-backup.$(date +%Y%m%d%H%M%S)\" || fail \"cannot back up $path\" \"check free disk space\"",
        "  fi",
        "  printf '%s' \"$content\" > \"$path\" || fail \"cannot write $path\" \"check the disk and permissions\"",
        "  CHANGES=$((CHANGES + 1))",
        "  echo \"wrote: $path\"",
        "}",
        "# Append a line unless the file already has it exactly.",
        "ensure_line() {",
        "  local path=$1 line=$2",
        "  if [ -f \"$path\" ] && grep -qxF -- \"$line\" \"$path\"; then echo \"unchanged: $path has $line\"; return 0; fi",
        "  CHANGES=$((CHANGES + 1))",
        "  if [ \"$DRY_RUN\" = 1 ]; then echo \"DRY-RUN: append to $path: $line\"; return 0; fi",
        "  if [ -f \"$path\" ]; then cp -p \"$path\" \"$path.tp-backup.$(date +%Y%m%d%H%M%S)\"; fi",
        "  printf '%s\\n' \"$line\" >> \"$path\" || fail \"cannot append to $path\" \"check permissions\"",
        "  echo \"appended to $path: $line\"",
        "}",
      ]),
    );
  }
  return sections;
}

/** Root check; a non-root dry run is allowed only for tests (TP_ALLOW_NON_ROOT=1 with --dry-run). */
export function rootCheck(): ScriptSection {
  return section("Changes need root; tests may dry-run as a normal user.", [
    "if [ \"$(id -u)\" -ne 0 ]; then",
    "  if [ \"$DRY_RUN\" = 1 ] && [ \"${TP_ALLOW_NON_ROOT:-0}\" = 1 ]; then",
    "    echo \"note: not root; dry run only\"",
    "  else",
    "    fail \"this script must run as root\" \"run it with sudo\"",
    "  fi",
    "fi",
  ]);
}

/** Last section: say what happened (the number of files changed, or would change in a dry run). */
export function doneSection(name: string, writesFiles: boolean): ScriptSection {
  const count = writesFiles ? " ($CHANGES file changes)" : "";
  return section("Done.", [
    `if [ "$DRY_RUN" = 1 ]; then echo "dry run finished: nothing was changed${writesFiles ? " ($CHANGES file changes planned)" : ""}"; else echo "${name}: done${count}"; fi`,
  ]);
}
