import path from "node:path";
import { Language, Parser, type Node } from "web-tree-sitter";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraphBodies } from "./bodies";
import { buildGraphFiles } from "./";
import { GRAPH_SCOPES, SCRIPT_PATH } from "./script";
import { evaluatePsString } from "./ps-reader";
import { HOSTILE_PLAN_NAME, listGraphCases } from "@/test/support/graph";

// tree-sitter-powershell (airbus-cert, the PowerShell 7.3 language spec as a tree-sitter grammar) is the one
// maintained PowerShell parser on npm. It knows only ' as a quote character, so values are checked with the
// reference reader too (ps-reader.ts), which knows all five.
let parser: Parser;
beforeAll(async () => {
  await Parser.init();
  const wasm = path.resolve("node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm");
  parser = new Parser();
  parser.setLanguage(await Language.load(wasm));
});

const scripts = listGraphCases().flatMap((c) => {
  const file = buildGraphFiles(c.plan, c.report).find((f) => f.path === SCRIPT_PATH);
  return file ? [{ ...c, script: file.content }] : [];
});
const scriptOf = (name: string) => scripts.find((s) => s.name === name)!.script;

function nodes(root: Node, type: string): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    if (n.type === type) out.push(n);
    for (const c of n.children) if (c) walk(c);
  };
  walk(root);
  return out;
}

/** What code the script runs: the same for every plan, whatever its names hold. */
function shape(root: Node) {
  return {
    commands: [...new Set(nodes(root, "command_name").map((n) => n.text))].sort(),
    variables: [...new Set(nodes(root, "variable").map((n) => n.text.toLowerCase()))].sort(),
    commandCount: nodes(root, "command").length,
    subExpressions: nodes(root, "sub_expression").length,
    expandableStrings: nodes(root, "expandable_string_literal").length,
    functions: nodes(root, "function_statement").length,
  };
}

/** key = value pairs of the data section's hashtables ($Configurations, $Sites), value as written. */
function hashEntries(root: Node): [string, string][] {
  const logic = root.text.indexOf("function Find-ByDisplayName");
  return nodes(root, "hash_entry")
    .filter((e) => e.startIndex < logic)
    .map((e) => {
      const key = e.children.find((c) => c?.type === "key_expression")?.text ?? "";
      const value = e.children.find((c) => c?.type === "pipeline")?.text ?? "";
      return [key, value];
    });
}

const STRING_KEYS = [
  "DisplayName",
  "Description",
  "Network",
  "DefaultDomainSuffix",
  "PublicAddress",
  "ServerConfiguration",
];

describe("New-TunnelPlan.ps1 parsed with tree-sitter-powershell", () => {
  it("covers the fixtures with Graph output and this module's cases", () => {
    expect(scripts.map((s) => s.name).sort()).toEqual([
      "contoso-single-site",
      "graph-hostile-names-de",
      "graph-two-sites-ports",
      "minimal",
      "multi-site-large",
      "newest-edition",
    ]);
  });

  it.each(scripts.map((s) => [s.name, s] as const))(
    "%s parses without errors and runs exactly the code of the contoso script",
    (_n, s) => {
      const root = parser.parse(s.script)!.rootNode;
      expect(root.hasError).toBe(false);
      expect(shape(root)).toEqual(shape(parser.parse(scriptOf("contoso-single-site"))!.rootNode));
    },
  );

  it.each(scripts.map((s) => [s.name, s] as const))(
    "%s: every plan value reads back exactly, through the parser and the reference reader",
    (_n, s) => {
      const root = parser.parse(s.script)!.rootNode;
      const bodies = buildGraphBodies(s.plan);
      const expected = [
        ...bodies.configurations.flatMap((c) => [
          ["DisplayName", c.body.displayName],
          ["Description", c.body.description],
          ["Network", c.body.network],
          ...(c.body.defaultDomainSuffix ? [["DefaultDomainSuffix", c.body.defaultDomainSuffix]] : []),
        ]),
        ...bodies.sites.flatMap((site) => [
          ["ServerConfiguration", site.configuration],
          ["DisplayName", site.body.displayName],
          ["Description", site.body.description],
          ["PublicAddress", site.body.publicAddress],
        ]),
      ];
      const actual = hashEntries(root)
        .filter(([k]) => STRING_KEYS.includes(k))
        .map(([k, v]) => [k, evaluatePsString(v)]);
      // The Sites hashtable lists ServerConfiguration before Parameters; tree order puts the outer entry first too.
      expect(actual.sort()).toEqual(expected.sort());
      const planName = nodes(root, "assignment_expression").find((a) => a.text.startsWith("$PlanName"));
      expect(evaluatePsString(planName!.text.replace(/^\$PlanName = /, ""))).toBe(s.plan.name);
      // Every other value is a number, $true/$false, a nested hashtable or an array of plain addresses and CIDRs.
      const arrays: [string, string[]][] = [];
      for (const [k, v] of hashEntries(root).filter(([key]) => !STRING_KEYS.includes(key))) {
        expect(v, k).toMatch(/^(\d+|\$true|\$false|@\{[\s\S]*\}|@\(\s*(('[\d./]+'(, |\s+))*'[\d./]+')?\s*\))$/);
        if (v.startsWith("@(")) arrays.push([k, [...v.matchAll(/'([^']*)'/g)].map((m) => m[1]!)]);
      }
      const expectedArrays = [
        ...bodies.configurations.flatMap((c) => [
          ["DnsServers", c.body.dnsServers],
          ["RouteIncludes", c.body.routeIncludes],
          ["RouteExcludes", c.body.routeExcludes],
          ["AdvancedSettings", []],
          ["RoleScopeTagIds", c.body.roleScopeTagIds],
        ]),
        ...bodies.sites.map((site) => ["RoleScopeTagIds", site.body.roleScopeTagIds]),
      ];
      expect(arrays.map((a) => JSON.stringify(a)).sort()).toEqual(expectedArrays.map((a) => JSON.stringify(a)).sort());
    },
  );

  it("hostile names stay data: no comment holds a plan value, and the script's code is the contoso script's", () => {
    const script = scriptOf("graph-hostile-names-de");
    const root = parser.parse(script)!.rootNode;
    for (const c of nodes(root, "comment")) {
      expect(c.text).not.toContain("Brien");
      expect(c.text).not.toContain("Start-Process");
    }
    expect(script).not.toContain(HOSTILE_PLAN_NAME);
    expect(shape(root)).toEqual(shape(parser.parse(scriptOf("contoso-single-site"))!.rootNode));
  });

  it("every New- and Update- call sits in a ShouldProcess branch, so -WhatIf changes nothing", () => {
    for (const s of scripts) {
      const root = parser.parse(s.script)!.rootNode;
      const changing = nodes(root, "command_name").filter((n) => /^(New|Update|Remove|Set)-Mg/.test(n.text));
      expect(changing.map((n) => n.text).sort()).toEqual([
        "New-MgBetaDeviceManagementMicrosoftTunnelConfiguration",
        "New-MgBetaDeviceManagementMicrosoftTunnelSite",
        "Update-MgBetaDeviceManagementMicrosoftTunnelConfiguration",
        "Update-MgBetaDeviceManagementMicrosoftTunnelSite",
      ]);
      for (const n of changing) {
        let guarded = false;
        for (let p = n.parent; p; p = p.parent) {
          if (
            (p.type === "if_statement" || p.type === "elseif_clause") &&
            /^(if|elseif) \(\$PSCmdlet\.ShouldProcess\(/.test(p.text)
          )
            guarded = true;
        }
        expect(guarded, n.text).toBe(true);
      }
    }
  });
});

describe("New-TunnelPlan.ps1 as text", () => {
  const two = scriptOf("graph-two-sites-ports");
  it("a two-site plan with different ports gets two server configurations, each site bound to its own", () => {
    expect(two).toContain(
      [
        "$Configurations = @(",
        "    @{",
        "        DisplayName           = 'Northwind - port 443'",
        "        Description           = 'Generated by Tunnel Planner'",
        "        Network               = '169.254.0.0/16'",
        "        DnsServers            = @('10.10.0.53')",
        "        DefaultDomainSuffix   = 'corp.northwind.example'",
        "        RouteIncludes         = @('10.10.0.0/16')",
        "        RouteExcludes         = @()",
        "        ListenPort            = 443",
        "        DisableUdpConnections = $false",
        "        AdvancedSettings      = @()",
        "        RoleScopeTagIds       = @('0')",
        "    }",
        "    @{",
        "        DisplayName           = 'Northwind - port 8443, UDP off'",
      ].join("\n"),
    );
    expect(two).toContain("        ListenPort            = 8443\n        DisableUdpConnections = $true\n");
    expect(two).toMatch(
      /ServerConfiguration = 'Northwind - port 443'\n\s+Parameters\s+= @\{\n\s+DisplayName\s+= 'Northwind - Berlin'/,
    );
    expect(two).toMatch(
      /ServerConfiguration = 'Northwind - port 8443, UDP off'\n\s+Parameters\s+= @\{\n\s+DisplayName\s+= 'Northwind - Wien'/,
    );
  });
  it("names its scope at the top, runs strict, stops on errors and supports -WhatIf", () => {
    const head = two.slice(0, two.indexOf("$Configurations"));
    expect(head).toContain("#Requires -Modules Microsoft.Graph.Authentication, Microsoft.Graph.Beta.DeviceManagement");
    expect(head).toContain("[CmdletBinding(SupportsShouldProcess)]");
    expect(head).toContain("Set-StrictMode -Version Latest\n$ErrorActionPreference = 'Stop'\n");
    expect(head).toContain(`$Scopes = @('${GRAPH_SCOPES.join("', '")}')`);
    expect(GRAPH_SCOPES).toEqual(["DeviceManagementConfiguration.ReadWrite.All"]);
    expect(two).toContain("Connect-MgGraph @connect");
  });
  it("holds no secret and no way to pass one", () => {
    expect(two.slice(two.indexOf("#>"))).not.toMatch(
      /secret|password|AccessToken|Certificate(Thumbprint|Name)|ConvertTo-SecureString|ClientId/i,
    );
  });
  it("says where it rests on unverified behaviour, and what a 403 may mean", () => {
    const bindingComment = two.indexOf("# [unverified] The binding");
    expect(bindingComment).toBeGreaterThan(0);
    expect(two.slice(bindingComment, two.indexOf("$binding = @{ id = $configurationId }"))).not.toContain("Update-Mg");
    expect(two).toMatch(/# \[unverified\] Reading the binding back with \$expand/);
    expect(two).toContain("Multi Admin Approval");
    expect(two).toMatch(/\[unverified\] Whether Multi Admin Approval can cover Tunnel objects/);
    expect(two).toContain("Write-Host 'Site IDs: mstunnel-setup asks for the ID of the site a server joins.'");
  });
  it("an empty include list says that its meaning is unverified", () => {
    expect(scriptOf("minimal")).toContain("# [unverified] An empty RouteIncludes is taken to mean all traffic");
    expect(two).not.toContain("An empty RouteIncludes");
  });
  it("is printable ASCII outside its comments; a byte order mark only when a comment is not ASCII", () => {
    for (const s of scripts) {
      const code = s.script
        .slice(s.script.indexOf("#>"))
        .split("\n")
        .filter((l) => !l.trimStart().startsWith("#"));
      expect(code.join("\n"), s.name).toMatch(/^[\x20-\x7e\n]*$/);
      expect(s.script.startsWith("\ufeff"), s.name).toBe(/[^\x00-\x7f]/.test(s.script.replace(/^\ufeff/, "")));
    }
    expect(scriptOf("graph-hostile-names-de").startsWith("\ufeff<#\n.SYNOPSIS\n    Erstellt oder aktualisiert")).toBe(
      true,
    );
    expect(two.startsWith("<#\n.SYNOPSIS\n    Creates or updates")).toBe(true);
  });
});
