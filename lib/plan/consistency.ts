// Cross-field rules of plan-format §1 that one field alone cannot check; each issue names its path.
// The schema adds them as zod issues; the wizard lists them for the values being typed, at the field.
import type { z } from "zod";

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

export type ConsistencyIssue =
  | { rule: "android-below-10"; path: ["devices", "androidBelow10"]; below10: number; android: number; message: string }
  | {
      rule: "android-10";
      path: ["devices", "android10"];
      below10: number;
      android10: number;
      android: number;
      message: string;
    }
  | { rule: "site-devices-missing"; path: ["sites", number, "devices"]; message: string }
  | { rule: "sites-sum"; path: ["sites"]; sum: number; total: number; message: string }
  | {
      rule: "site-name-taken";
      path: ["sites", number, "name"];
      name: string;
      site: number;
      taken: string;
      message: string;
    }
  | {
      rule: "site-address-taken";
      path: ["sites", number, "publicAddress"];
      address: string;
      site: number;
      taken: string;
      message: string;
    };

export function androidTotal(d: Counts): number {
  return d.androidFullyManaged + d.androidCorporateWorkProfile + d.androidPersonalWorkProfile + d.androidDedicated;
}

/** Sizing rule step 1 (plan-format §2.1): the five platform counts. */
export function totalDevices(d: Counts): number {
  return d.ios + androidTotal(d);
}

const text = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * Every cross-field problem of a plan. Also called with a wizard step's values as typed, so a count
 * that is not a number yet (an empty field) makes its rule wait instead of reporting NaN.
 */
export function listConsistencyIssues(plan: ConsistencyInput): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const android = androidTotal(plan.devices);
  const below10 = plan.devices.androidBelow10;
  if (below10 > android) {
    issues.push({
      rule: "android-below-10",
      path: ["devices", "androidBelow10"],
      below10,
      android,
      message: `is ${below10}, more than the ${android} Android devices entered`,
    });
  } else if (below10 + plan.devices.android10 > android) {
    const android10 = plan.devices.android10;
    issues.push({
      rule: "android-10",
      path: ["devices", "android10"],
      below10,
      android10,
      android,
      message: `is ${android10}; with the ${below10} devices below Android 10 that is more than the ${android} Android devices entered`,
    });
  }
  const { sites } = plan;
  if (sites.length > 1) {
    sites.forEach((s, i) => {
      if (s.devices === null)
        issues.push({
          rule: "site-devices-missing",
          path: ["sites", i, "devices"],
          message: "must be set when the plan has several sites",
        });
    });
  }
  const total = totalDevices(plan.devices);
  const counts = sites.map((s) => s.devices);
  if (Number.isFinite(total) && counts.length > 0 && counts.every((n) => typeof n === "number" && Number.isFinite(n))) {
    const sum = counts.reduce<number>((n, c) => n + (c ?? 0), 0);
    if (sum !== total) {
      issues.push({
        rule: "sites-sum",
        path: ["sites"],
        sum,
        total,
        message: `the sites' devices add up to ${sum}, but the plan has ${total} devices`,
      });
    }
  }
  const names = new Map<string, number>();
  const addresses = new Map<string, number>();
  sites.forEach((s, i) => {
    const name = text(s.name).trim().toLowerCase();
    const firstName = names.get(name);
    if (firstName !== undefined && name !== "") {
      issues.push({
        rule: "site-name-taken",
        path: ["sites", i, "name"],
        name: text(s.name),
        site: firstName + 1,
        taken: text(sites[firstName]?.name),
        message: `"${s.name}" is already the name of site ${firstName + 1}`,
      });
    } else names.set(name, i);
    const address = text(s.publicAddress).toLowerCase();
    if (address === "") return;
    const firstAddress = addresses.get(address);
    if (firstAddress !== undefined) {
      issues.push({
        rule: "site-address-taken",
        path: ["sites", i, "publicAddress"],
        address: s.publicAddress,
        site: firstAddress + 1,
        taken: text(sites[firstAddress]?.publicAddress),
        message: `"${s.publicAddress}" is already the public address of site ${firstAddress + 1}`,
      });
    } else addresses.set(address, i);
  });
  return issues;
}

/** The same rules as zod issues on planSchema. */
export function checkPlanConsistency(plan: ConsistencyInput, ctx: z.RefinementCtx): void {
  for (const issue of listConsistencyIssues(plan))
    ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
}
