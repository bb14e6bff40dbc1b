// Server-side proxy checks (facts#104, facts#105, facts#111, facts#113, facts §2 item 7).
import type { Distro } from "@/lib/catalog/distros";
import { HTTP_PORT_T } from "@/lib/catalog/ports";
import type { ContainerRuntime } from "@/lib/catalog/options";
import type { Texts } from "@/lib/i18n/texts";
import type { Plan } from "@/lib/plan/schema";
import type { RuleFinding } from "./types";

export function needsSelinuxProxyPort(plan: Plan, distro: Distro | undefined): boolean {
  const sp = plan.serverProxy;
  const ports: readonly number[] = HTTP_PORT_T;
  return (
    distro?.family === "rhel" && plan.server.selinux !== "disabled" && sp.mode === "http" && !ports.includes(sp.port)
  );
}

export function computeProxyFindings(
  plan: Plan,
  distro: Distro | undefined,
  runtime: ContainerRuntime,
  { t }: Texts,
): RuleFinding[] {
  const sp = plan.serverProxy;
  const findings: RuleFinding[] = [];
  // facts#104: flagged even with mode "none", since the flag says the network's proxy needs it.
  if (sp.authenticated) findings.push({ id: "proxy-authenticated", field: "serverProxy.authenticated" });
  // facts#105: a transparent inspecting proxy breaks mutual TLS whether or not the server is configured for it.
  if (sp.tlsInspection) findings.push({ id: "proxy-tls-inspection", field: "serverProxy.tlsInspection" });
  if (needsSelinuxProxyPort(plan, distro)) {
    findings.push({
      id: "proxy-selinux-port",
      field: "serverProxy.port",
      context: [
        t("findings.proxy-selinux-port.context.port", { port: String(sp.port), ports: HTTP_PORT_T.join(", ") }),
        ...(sp.port === 3128 ? [t("findings.proxy-selinux-port.context.squid")] : []),
      ].join(" "),
    });
  }
  // facts#113: Podman's mstunnel_monitor pulls images and needs its own proxy settings.
  if (runtime === "podman" && sp.mode === "http") {
    findings.push({
      id: "proxy-podman-image-pulls",
      field: "serverProxy.mode",
      context: t("findings.proxy-podman-image-pulls.context.proxy", {
        proxy: `${sp.address || t("terms.addressNotSet")}:${sp.port}`,
      }),
    });
  }
  return findings;
}
