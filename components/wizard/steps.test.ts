import { describe, expect, it } from "vitest";
import { defaultPlan } from "@/lib/plan/defaults";
import { planSchema } from "@/lib/plan/schema";
import { FIELD_HELP } from "@/lib/catalog/fields";
import { commitStep } from "./commit-step";
import { fieldId } from "./field-id";
import { STEP_KEYS } from "./step-keys";
import { stepList } from "./step-list";
import { fieldHref, neighbours, stepForField, steps, stepValues } from "./steps";

const byId = (id: string) => steps.find((s) => s.id === id)!;

describe("fieldId", () => {
  it("turns plan paths into stable DOM ids", () => {
    expect(fieldId("server.distro")).toBe("field-server-distro");
    expect(fieldId("sites.0.port")).toBe("field-sites-0-port");
    expect(fieldId("sites[1].publicAddress")).toBe("field-sites-1-public-address");
    expect(fieldId("network.splitTunnel.include")).toBe("field-network-split-tunnel-include");
  });
});

describe("step registry", () => {
  it("lists the seven form steps in order with unique slugs", () => {
    expect(steps.map((s) => s.slug)).toEqual([
      "scope",
      "devices",
      "sites",
      "server",
      "network",
      "certificate",
      "proxies",
    ]);
  });

  it("agrees with the light step list the page frame draws (ids, slugs, titles, order)", () => {
    expect(stepList).toEqual(steps.map(({ id, slug, titleKey }) => ({ id, slug, titleKey })));
  });

  it("covers every plan key exactly once, except schemaVersion, the language (the header's switch sets it) and progress (the review's checklist sets it)", () => {
    const keys = steps.flatMap((s) => s.keys).sort();
    expect(keys).toEqual(
      Object.keys(planSchema.shape)
        .filter((k) => k !== "schemaVersion" && k !== "locale" && k !== "progress")
        .sort(),
    );
  });

  it("matches the light step-to-keys table the store checks drafts with", () => {
    expect(Object.fromEntries(steps.map((s) => [s.id, [...s.keys]]))).toEqual(STEP_KEYS);
  });

  it("has a catalog label and help for every field it renders", () => {
    const paths = steps.flatMap((s) => s.fields.filter((f) => f.kind !== "sites").map((f) => f.path));
    const siteFields = [
      "name",
      "devices",
      "publicAddress",
      "port",
      "disableUdp",
      "highAvailability",
      "loadBalancer",
    ].map((f) => `sites.${f}`);
    for (const path of [...paths, ...siteFields]) expect(FIELD_HELP[path], path).toBeDefined();
  });

  it("builds each step's schema from planSchema: the default plan's slices pass, bad values fail", () => {
    for (const step of steps) expect(step.schema.safeParse(stepValues(step, defaultPlan)).success, step.id).toBe(true);
    const sites = stepValues(byId("sites"), defaultPlan) as { sites: { port: number }[] };
    sites.sites[0]!.port = 70000;
    expect(byId("sites").schema.safeParse(sites).success).toBe(false);
  });

  it("maps finding fields to steps and links", () => {
    expect(stepForField("sites.0.port")?.id).toBe("sites");
    expect(stepForField("serverProxy.authenticated")?.id).toBe("proxies");
    expect(stepForField("tls.subjectNames")?.id).toBe("certificate");
    expect(stepForField("licensing.intunePlan")?.id).toBe("scope");
    expect(stepForField("unknown.field")).toBeNull();
    expect(fieldHref("devices.androidDedicated")).toBe("/plan/devices#field-devices-android-dedicated");
  });

  it("knows each step's neighbours; the last one leads to the review", () => {
    expect(neighbours("scope")).toEqual({ prev: null, next: "/plan/devices" });
    expect(neighbours("proxies")).toEqual({ prev: "/plan/certificate", next: "/review" });
  });
});

describe("commitStep", () => {
  it("rejects values the step schema rejects", () => {
    const values = { ...stepValues(byId("scope"), defaultPlan), planningDate: "2026-02-30" };
    expect(commitStep(byId("scope"), values, defaultPlan, {}, steps)).toEqual({ kind: "invalid" });
  });

  it("blocks a change that breaks a cross-field rule and names the field", () => {
    const plan = structuredClone(defaultPlan);
    plan.devices.ios = 100;
    plan.sites = [
      { ...plan.sites[0]!, devices: 60 },
      { ...plan.sites[0]!, name: "B", devices: 40 },
    ];
    const devices = { ...stepValues(byId("devices"), plan), devices: { ...plan.devices, ios: 120 } };
    const outcome = commitStep(byId("devices"), devices, plan, {}, steps);
    expect(outcome.kind).toBe("blocked");
    expect(outcome.kind === "blocked" && outcome.issues.map((i) => i.path)).toEqual(["sites"]);
  });

  it("resolves together with another step's valid draft", () => {
    const plan = structuredClone(defaultPlan);
    plan.devices.ios = 100;
    plan.sites = [
      { ...plan.sites[0]!, devices: 60 },
      { ...plan.sites[0]!, name: "B", devices: 40 },
    ];
    const devicesDraft = { ...stepValues(byId("devices"), plan), devices: { ...plan.devices, ios: 120 } };
    const sites = { sites: [{ ...plan.sites[0]!, devices: 80 }, plan.sites[1]!] };
    const outcome = commitStep(byId("sites"), sites, plan, { devices: devicesDraft }, steps);
    expect(outcome.kind).toBe("ok");
    if (outcome.kind !== "ok") return;
    expect(outcome.committed.sort()).toEqual(["devices", "sites"]);
    expect(outcome.plan.devices.ios).toBe(120);
    expect(outcome.plan.sites.map((s) => s.devices)).toEqual([80, 40]);
  });
});
