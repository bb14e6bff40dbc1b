import { z } from "zod";
import { planSchema, type Plan } from "@/lib/plan/schema";
import { enumOptions } from "@/components/steps/field-text";
import { fieldId } from "./field-id";
import { stepHref } from "./step-list";

export { firstStepHref, neighbours, stepHref } from "./step-list";

type Values = Record<string, unknown>;
type Visible = (values: Values) => boolean;
type Base = { path: string; when?: Visible };

/** One control of a step; `path` is the plan path (also the form path) and gives the DOM id via fieldId(). */
export type FieldSpec =
  | (Base & { kind: "text" | "date" | "url" })
  | (Base & { kind: "number"; step?: number; nullable?: boolean })
  | (Base & { kind: "select"; options: readonly (string | number)[]; numeric?: boolean })
  | (Base & { kind: "checkbox" })
  | (Base & { kind: "chips"; placeholder?: string })
  | (Base & { kind: "nullable-text"; placeholder?: string })
  | (Base & { kind: "distro" })
  | (Base & { kind: "proxy-address"; portPath: string })
  | (Base & { kind: "edition" })
  | (Base & { kind: "sites" })
  | (Base & { kind: "certificate" });

type PlanKey = Exclude<keyof Plan, "schemaVersion" | "locale" | "progress">;

export type StepDef = {
  id: string;
  slug: string;
  /** Message key under wizard.steps / wizard.intro. */
  titleKey: string;
  /** Top-level plan keys this step edits: the form's values are exactly these slices of the plan. */
  keys: readonly PlanKey[];
  fields: readonly FieldSpec[];
  schema: z.ZodType<Values, Values>;
};

const shape = planSchema.shape as unknown as Record<PlanKey, z.ZodType>;
/** The step's schema is built from planSchema's own sub-schemas, so no rule is written twice. */
const pick = (keys: readonly PlanKey[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, shape[k]]))) as unknown as z.ZodType<Values, Values>;

const get = (values: Values, path: string): unknown =>
  path.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Values)[k] : undefined), values);
const is =
  (path: string, ...ok: unknown[]): Visible =>
  (v) =>
    ok.includes(get(v, path));

const select = (path: string, when?: Visible): FieldSpec => ({
  kind: "select",
  path,
  options: enumOptions(path),
  when,
});
const count = (path: string): FieldSpec => ({ kind: "number", path });

const defs: Omit<StepDef, "schema">[] = [
  {
    id: "scope",
    slug: "scope",
    titleKey: "scope",
    keys: ["name", "planningDate", "edition", "licensing"],
    fields: [
      { kind: "text", path: "name" },
      { kind: "date", path: "planningDate" },
      { kind: "edition", path: "edition" },
      { kind: "checkbox", path: "licensing.azureSubscription" },
      select("licensing.intunePlan"),
      { kind: "checkbox", path: "licensing.tunnelForMam" },
    ],
  },
  {
    id: "devices",
    slug: "devices",
    titleKey: "devices",
    keys: ["devices", "vpn"],
    fields: [
      count("devices.ios"),
      count("devices.androidFullyManaged"),
      count("devices.androidCorporateWorkProfile"),
      count("devices.androidPersonalWorkProfile"),
      count("devices.androidDedicated"),
      count("devices.androidBelow10"),
      count("devices.android10"),
      { kind: "number", path: "devices.connectionsPerDevice", step: 0.1 },
      count("devices.peakConcurrencyPercent"),
      { kind: "checkbox", path: "devices.usesGlobalSecureAccess" },
      select("vpn.mode"),
      select("vpn.deviceProxy.mode"),
      {
        kind: "proxy-address",
        path: "vpn.deviceProxy.address",
        portPath: "vpn.deviceProxy.port",
        when: is("vpn.deviceProxy.mode", "direct"),
      },
      { kind: "number", path: "vpn.deviceProxy.port", when: is("vpn.deviceProxy.mode", "direct") },
      { kind: "url", path: "vpn.deviceProxy.pacUrl", when: is("vpn.deviceProxy.mode", "pac") },
    ],
  },
  { id: "sites", slug: "sites", titleKey: "sites", keys: ["sites"], fields: [{ kind: "sites", path: "sites" }] },
  {
    id: "server",
    slug: "server",
    titleKey: "server",
    keys: ["server"],
    fields: [
      { kind: "distro", path: "server.distro" },
      select("server.container"),
      { kind: "checkbox", path: "server.rootlessPodman" },
      select("server.cpuArch"),
      select("server.hosting"),
      select("server.onPremConnectivity", (v) => get(v, "server.hosting") !== "on-premises"),
      { kind: "select", path: "server.nics", options: enumOptions("server.nics"), numeric: true },
      select("server.selinux", (v) => String(get(v, "server.distro")).startsWith("rhel")),
      select("server.firewall"),
      { kind: "checkbox", path: "server.ssh.enabled" },
      {
        kind: "chips",
        path: "server.ssh.sourceCidrs",
        placeholder: "10.0.0.0/24",
        when: is("server.ssh.enabled", true),
      },
      { kind: "checkbox", path: "server.auditd" },
    ],
  },
  {
    id: "network",
    slug: "network",
    titleKey: "network",
    keys: ["network"],
    fields: [
      { kind: "chips", path: "network.internalCidrs", placeholder: "10.0.0.0/8" },
      { kind: "text", path: "network.clientPool" },
      { kind: "chips", path: "network.dnsServers", placeholder: "10.0.0.53" },
      { kind: "chips", path: "network.dnsSuffixes", placeholder: "contoso.local" },
      { kind: "chips", path: "network.splitTunnel.include", placeholder: "10.0.0.0/8" },
      { kind: "chips", path: "network.splitTunnel.exclude", placeholder: "10.99.0.0/16" },
      { kind: "nullable-text", path: "network.bridgeCidr", placeholder: "192.168.128.0/24" },
    ],
  },
  {
    id: "certificate",
    slug: "certificate",
    titleKey: "certificate",
    keys: ["tls"],
    fields: [
      { kind: "certificate", path: "tls.certificate" },
      { kind: "chips", path: "tls.subjectNames", placeholder: "tunnel.contoso.com" },
      select("tls.issuer"),
      select("tls.format"),
      count("tls.validityDays"),
      select("tls.keyAlgorithm"),
      count("tls.keyBits"),
      select("tls.revocation"),
    ],
  },
  {
    id: "proxies",
    slug: "proxies",
    titleKey: "proxies",
    keys: ["serverProxy"],
    fields: [
      select("serverProxy.mode"),
      {
        kind: "proxy-address",
        path: "serverProxy.address",
        portPath: "serverProxy.port",
        when: is("serverProxy.mode", "http"),
      },
      { kind: "number", path: "serverProxy.port", when: is("serverProxy.mode", "http") },
      { kind: "checkbox", path: "serverProxy.authenticated", when: is("serverProxy.mode", "http") },
      { kind: "checkbox", path: "serverProxy.tlsInspection", when: is("serverProxy.mode", "http") },
      { kind: "chips", path: "serverProxy.noProxy", placeholder: "localhost", when: is("serverProxy.mode", "http") },
    ],
  },
];

export const steps: readonly StepDef[] = defs.map((d) => ({ ...d, schema: pick(d.keys) }));

/** The step that edits a plan field path (`sites.0.port` -> sites), or null for paths no step shows. */
export function stepForField(path: string): StepDef | null {
  const top = path.split(/[.[]/)[0];
  return steps.find((s) => (s.keys as readonly string[]).includes(top ?? "")) ?? null;
}

/** Link to the control of a finding's field: `/plan/<step>#field-...`. */
export function fieldHref(path: string): string | null {
  const step = stepForField(path);
  return step ? `${stepHref(step.id)}#${fieldId(path)}` : null;
}

/** The form values of a step: the plan's slices for the step's keys. */
export function stepValues(step: StepDef, plan: Plan): Values {
  return Object.fromEntries(step.keys.map((k) => [k, structuredClone(plan[k])]));
}
