// Cross-field rules of plan-format §1 that one field alone cannot check; each issue names its path.
import type { z } from "zod";

type Ctx = z.RefinementCtx;
type Counts = {
  ios: number;
  androidFullyManaged: number;
  androidCorporateWorkProfile: number;
  androidPersonalWorkProfile: number;
  androidDedicated: number;
  androidBelow10: number;
  android10: number;
};
type ConsistencyInput = {
  devices: Counts;
  sites: readonly { name: string; devices: number | null; publicAddress: string }[];
};

export function androidTotal(d: Counts): number {
  return d.androidFullyManaged + d.androidCorporateWorkProfile + d.androidPersonalWorkProfile + d.androidDedicated;
}

/** Sizing rule step 1 (plan-format §2.1): the five platform counts. */
export function totalDevices(d: Counts): number {
  return d.ios + androidTotal(d);
}

export function checkPlanConsistency(plan: ConsistencyInput, ctx: Ctx): void {
  const total = totalDevices(plan.devices);
  if (plan.devices.androidBelow10 > androidTotal(plan.devices)) {
    ctx.addIssue({
      code: "custom",
      path: ["devices", "androidBelow10"],
      message: `is ${plan.devices.androidBelow10}, more than the ${androidTotal(plan.devices)} Android devices entered`,
    });
  } else if (plan.devices.androidBelow10 + plan.devices.android10 > androidTotal(plan.devices)) {
    ctx.addIssue({
      code: "custom",
      path: ["devices", "android10"],
      message: `is ${plan.devices.android10}; with the ${plan.devices.androidBelow10} devices below Android 10 that is more than the ${androidTotal(plan.devices)} Android devices entered`,
    });
  }
  const { sites } = plan;
  if (sites.length > 1) {
    sites.forEach((s, i) => {
      if (s.devices === null) {
        ctx.addIssue({ code: "custom", path: ["sites", i, "devices"], message: "must be set when the plan has several sites" });
      }
    });
  }
  if (sites.every((s) => s.devices !== null) && sites.some((s) => s.devices !== null)) {
    const sum = sites.reduce((n, s) => n + (s.devices ?? 0), 0);
    if (sum !== total) {
      ctx.addIssue({
        code: "custom",
        path: ["sites"],
        message: `the sites' devices add up to ${sum}, but the plan has ${total} devices`,
      });
    }
  }
  const names = new Map<string, number>();
  const addresses = new Map<string, number>();
  sites.forEach((s, i) => {
    const name = s.name.trim().toLowerCase();
    const firstName = names.get(name);
    if (firstName !== undefined) {
      ctx.addIssue({ code: "custom", path: ["sites", i, "name"], message: `"${s.name}" is already the name of site ${firstName + 1}` });
    } else names.set(name, i);
    const address = s.publicAddress.toLowerCase();
    if (address === "") return;
    const firstAddress = addresses.get(address);
    if (firstAddress !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["sites", i, "publicAddress"],
        message: `"${s.publicAddress}" is already the public address of site ${firstAddress + 1}`,
      });
    } else addresses.set(address, i);
  });
}
