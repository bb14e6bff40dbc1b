// tunnel-planner/New-TunnelPlan.ps1: the plan's configurations and sites as data, then the fixed logic
// (script-logic.ts). Every plan value goes through psString; no plan value is ever put in a comment.
import { GRAPH_PERMISSIONS } from "@/lib/catalog/rbac";
import { createTexts } from "@/lib/i18n/texts";
import type { Locale } from "@/lib/i18n/locales";
import type { GraphBodies } from "./bodies";
import { psArray, psBool, psInt, psString } from "./powershell";
import { SCRIPT_FUNCTIONS, SCRIPT_MAIN } from "./script-logic";

export const SCRIPT_PATH = "tunnel-planner/New-TunnelPlan.ps1";
/** Least privilege for creating, reading and updating configurations and Sites (graph-api.md §2). */
export const GRAPH_SCOPES = [GRAPH_PERMISSIONS.write] as const;
export const GRAPH_MODULES = ["Microsoft.Graph.Authentication", "Microsoft.Graph.Beta.DeviceManagement"] as const;

const WIDTH = 110;

/** Words wrapped to WIDTH columns behind the indent. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}

/** Comment-based help (Get-Help ./New-TunnelPlan.ps1 -Full), in the plan's language. */
function helpBlock(locale: Locale): string[] {
  const { t } = createTexts(locale);
  const para = (text: string) => wrap(text, "    ");
  const lines = [
    "<#",
    ".SYNOPSIS",
    ...para(t("graph.script.synopsis")),
    "",
    ".DESCRIPTION",
    ...para(t("graph.script.description1")),
    "",
    ...para(t("graph.script.description2")),
    "",
    ...para(t("graph.script.description3")),
    "",
    ".PARAMETER TenantId",
    ...para(t("graph.script.paramTenantId")),
    "",
    ".EXAMPLE",
    "    ./New-TunnelPlan.ps1 -WhatIf",
    "",
    ...para(t("graph.script.exampleWhatIf")),
    "",
    ".EXAMPLE",
    "    ./New-TunnelPlan.ps1",
    "",
    ...para(t("graph.script.exampleRun")),
    "",
    ".NOTES",
    ...para(t("graph.script.notesModule")),
    "        Install-Module Microsoft.Graph.Beta.DeviceManagement -Scope CurrentUser",
    ...para(t("graph.script.notesScope")),
    ...para(t("graph.script.notesRole")),
    ...para(t("graph.script.notes403")),
    ...para(t("graph.script.notesSecrets")),
    "#>",
  ];
  // A catalog text must not end the comment early; our own texts, so a broken one is a bug, not input.
  if (lines.slice(1, -1).some((l) => l.includes("#>"))) throw new Error("help text contains #>");
  return lines;
}

type Entry = [key: string, value: string];

/** A hashtable literal with aligned keys; a value may span lines (long arrays). */
function hashtable(entries: readonly (Entry | string)[], indent: string): string[] {
  const width = Math.max(...entries.map((e) => (typeof e === "string" ? 0 : e[0].length)));
  const inner = `${indent}    `;
  return [
    "@{",
    ...entries.map((e) => (typeof e === "string" ? `${inner}# ${e}` : `${inner}${e[0].padEnd(width)} = ${e[1]}`)),
    `${indent}}`,
  ];
}

function configurationEntries(c: GraphBodies["configurations"][number]): (Entry | string)[] {
  const b = c.body;
  const indent = "        ";
  return [
    ["DisplayName", psString(b.displayName)],
    ["Description", psString(b.description ?? "")],
    ["Network", psString(b.network ?? "")],
    ["DnsServers", psArray(b.dnsServers ?? [], indent)],
    ...(b.defaultDomainSuffix !== undefined ? [["DefaultDomainSuffix", psString(b.defaultDomainSuffix)] as Entry] : []),
    ...((b.routeIncludes ?? []).length === 0
      ? [
          '[unverified] An empty RouteIncludes is taken to mean all traffic, like RoutesInclude ["default"] on the server.',
        ]
      : []),
    ["RouteIncludes", psArray(b.routeIncludes ?? [], indent)],
    ["RouteExcludes", psArray(b.routeExcludes ?? [], indent)],
    ["ListenPort", psInt(b.listenPort)],
    ["DisableUdpConnections", psBool(b.disableUdpConnections ?? false)],
    ["AdvancedSettings", "@()"],
    ["RoleScopeTagIds", psArray(b.roleScopeTagIds ?? [], indent)],
  ];
}

function siteLines(s: GraphBodies["sites"][number]): string[] {
  const b = s.body;
  const parameters = hashtable(
    [
      ["DisplayName", psString(b.displayName)],
      ["Description", psString(b.description ?? "")],
      ["PublicAddress", psString(b.publicAddress ?? "")],
      ["UpgradeAutomatically", psBool(b.upgradeAutomatically ?? true)],
      ["RoleScopeTagIds", psArray(b.roleScopeTagIds ?? [], "            ")],
    ],
    "        ",
  );
  const outer = hashtable(
    [
      ["ServerConfiguration", psString(s.configuration)],
      ["Parameters", parameters.join("\n")],
    ],
    "    ",
  );
  return ["    " + outer.join("\n")];
}

/** The whole script; a byte order mark only when a comment holds non-ASCII text (the help in German). */
export function buildTunnelPlanScript(planName: string, bodies: GraphBodies, locale: Locale): string {
  const { t } = createTexts(locale);
  const configurations = bodies.configurations.map(
    (c) => "    " + hashtable(configurationEntries(c), "    ").join("\n"),
  );
  const lines = [
    ...helpBlock(locale),
    `#Requires -Version 5.1`,
    `#Requires -Modules ${GRAPH_MODULES.join(", ")}`,
    "[CmdletBinding(SupportsShouldProcess)]",
    "param(",
    "    [string] $TenantId",
    ")",
    "",
    "Set-StrictMode -Version Latest",
    "$ErrorActionPreference = 'Stop'",
    "",
    "# Least privilege: the one Microsoft Graph permission that creates, reads and updates these objects.",
    `$Scopes = ${psArray(GRAPH_SCOPES, "")}`,
    "",
    `$PlanName = ${psString(planName)}`,
    "",
    ...wrap(t("graph.script.configurations"), "# "),
    "$Configurations = @(",
    ...configurations,
    ")",
    "",
    ...wrap(t("graph.script.sites"), "# "),
    "$Sites = @(",
    ...bodies.sites.flatMap(siteLines),
    ")",
    "",
    ...SCRIPT_FUNCTIONS,
    "",
    ...SCRIPT_MAIN,
  ];
  const text = lines.join("\n") + "\n";
  // PSScriptAnalyzer's PSUseBOMForUnicodeEncodedFile: Windows PowerShell 5.1 reads a file without BOM as ANSI.
  return /[^\x00-\x7f]/.test(text) ? `\ufeff${text}` : text;
}
