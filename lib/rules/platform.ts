// Licensing, device platforms, VPN profile and hosting checks (facts#1, facts#2, facts#3, facts#7, facts#30, facts#63, facts#80, facts#82, facts#121, facts#123, facts#127, facts#128).
import { NON_PUBLIC_TLDS } from "@/lib/catalog/platforms";
import type { Edition } from "@/lib/catalog/editions/types";
import type { Texts } from "@/lib/i18n/texts";
import type { Plan } from "@/lib/plan/schema";
import type { RuleFinding } from "./types";

/** facts#82: the suffix ends in a top-level domain that is not public. */
export function hasNonPublicTld(suffix: string): boolean {
  const s = suffix.toLowerCase();
  return NON_PUBLIC_TLDS.some((tld) => s === tld || s.endsWith(`.${tld}`));
}

export function computePlatformFindings(plan: Plan, edition: Edition, { t }: Texts): RuleFinding[] {
  const { licensing, devices, vpn, network, server } = plan;
  const f: RuleFinding[] = [];
  if (!licensing.azureSubscription) f.push({ id: "license-azure-missing", field: "licensing.azureSubscription" });
  if (licensing.intunePlan === "none") f.push({ id: "license-intune-missing", field: "licensing.intunePlan" });
  if (licensing.tunnelForMam && licensing.intunePlan === "plan1")
    f.push({ id: "license-mam-needs-plan2", field: "licensing.intunePlan" });
  if (devices.androidDedicated > 0) {
    f.push({
      id: "platform-android-dedicated",
      field: "devices.androidDedicated",
      context: t("findings.platform-android-dedicated.context.count", { count: devices.androidDedicated }),
    });
  }
  if (devices.usesGlobalSecureAccess) f.push({ id: "platform-gsa-conflict", field: "devices.usesGlobalSecureAccess" });
  // facts#121: proxy from Android 10; editions that need Android 11 for Tunnel itself block these devices instead.
  if (vpn.deviceProxy.mode !== "none" && devices.androidBelow10 > 0 && edition.rules.android.tunnelMin === null) {
    f.push({
      id: "device-proxy-android-below-10",
      field: "devices.androidBelow10",
      context: t("findings.device-proxy-android-below-10.context.count", { count: devices.androidBelow10 }),
    });
  }
  if (vpn.deviceProxy.mode === "pac") f.push({ id: "device-proxy-pac-edge-sign-in", field: "vpn.deviceProxy.mode" });
  const splitRules = network.splitTunnel.include.length + network.splitTunnel.exclude.length;
  if (devices.ios > 0 && vpn.mode === "per-app" && splitRules > 0) {
    f.push({
      id: "ios-per-app-split-tunnel-ignored",
      field: "vpn.mode",
      context: t("findings.ios-per-app-split-tunnel-ignored.context.rules", { rules: splitRules, ios: devices.ios }),
    });
  }
  if (vpn.mode === "per-app") {
    network.dnsSuffixes.forEach((suffix, i) => {
      if (hasNonPublicTld(suffix))
        f.push({
          id: "per-app-local-tld",
          field: `network.dnsSuffixes.${i}`,
          context: t("findings.per-app-local-tld.context.suffix", { suffix }),
        });
    });
  }
  if (server.cpuArch === "arm64") f.push({ id: "cpu-arch-unsupported", field: "server.cpuArch" });
  if (server.hosting !== "on-premises" && server.onPremConnectivity === "none") {
    f.push({
      id: "cloud-needs-onprem-connectivity",
      field: "server.onPremConnectivity",
      context: t("findings.cloud-needs-onprem-connectivity.context.hosting", { hosting: server.hosting }),
    });
  }
  if (!server.auditd) f.push({ id: "auditd-recommended", field: "server.auditd" });
  return f;
}
