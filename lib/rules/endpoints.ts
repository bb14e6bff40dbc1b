// Firewall ports and outbound FQDNs the plan needs (facts#86, facts#92, facts#94, facts#106, facts §2 items 20-21).
import type { Edition } from "@/lib/catalog/editions/types";
import { FQDNS } from "@/lib/catalog/fqdns";
import { HTTP_PORT, HTTPS_PORT, SSH_PORT } from "@/lib/catalog/ports";
import type { Texts } from "@/lib/i18n/texts";
import type { Plan } from "@/lib/plan/schema";
import type { Fqdn, InboundPort, InternalFlow, OutboundPort, Ports } from "@/lib/report/types";
import { withCertificatePorts } from "./certificate";

/** The allowlist: a host is "documented" when the plan's edition lists it (editions.md §4.11). */
export function listFqdns(edition: Edition, { t }: Texts): Fqdn[] {
  const listed = new Set<string>(edition.rules.fqdns);
  return FQDNS.map((e) => ({
    host: e.host,
    purpose: t(`endpoints.fqdn.${e.purpose}`),
    required: e.required || listed.has(e.host),
    source: listed.has(e.host) ? "documented" : e.source,
    fact: e.fact,
  }));
}

export function computePorts(plan: Plan, { t, list }: Texts): Ports {
  const inbound: InboundPort[] = [];
  const sitePorts = [...new Set(plan.sites.map((s) => s.port))].sort((a, b) => a - b);
  for (const port of sitePorts) {
    const sites = plan.sites.filter((s) => s.port === port);
    const names = sites.map((s) => s.name).join(", ");
    // facts#52, facts#87: TCP and UDP on the server configuration's port.
    inbound.push({
      protocol: "tcp",
      port,
      required: true,
      purpose: t("endpoints.ports.tunnelTcp", { sites: names }),
      fact: "facts#52",
    });
    // facts#53: with UDP disabled on every site using this port, DTLS is not used.
    if (sites.some((s) => !s.disableUdp)) {
      inbound.push({
        protocol: "udp",
        port,
        required: true,
        purpose: t("endpoints.ports.tunnelUdp", { sites: names }),
        fact: "facts#52",
      });
    }
  }
  const ssh = plan.server.ssh;
  if (ssh.enabled) {
    const purpose = ssh.sourceCidrs.length
      ? t("endpoints.ports.sshFrom", { cidrs: list(ssh.sourceCidrs) })
      : t("endpoints.ports.ssh");
    inbound.push({ protocol: "tcp", port: SSH_PORT, required: false, purpose, fact: "facts#91" });
  }
  const hosts = FQDNS.map((f) => f.host);
  const outbound: OutboundPort[] = [];
  const sp = plan.serverProxy;
  const proxy = sp.mode === "http" && sp.address ? `${sp.address}:${sp.port}` : null;
  const revocation = plan.tls.revocation !== "none";
  if (proxy) {
    // facts#106: behind a proxy the server itself talks only to the proxy; the proxy needs the destinations.
    outbound.push({
      protocol: "tcp",
      port: sp.port,
      required: true,
      purpose: t("endpoints.ports.proxy"),
      destinations: [sp.address],
      fact: "facts#106",
    });
    outbound.push({
      protocol: "tcp",
      port: HTTPS_PORT,
      required: true,
      purpose: t("endpoints.ports.httpsViaProxy", { proxy }),
      destinations: hosts,
      via: sp.address,
      fact: "facts#92",
    });
    if (revocation) {
      outbound.push({
        protocol: "tcp",
        port: HTTP_PORT,
        required: false,
        purpose: t("endpoints.ports.httpViaProxy", { proxy }),
        destinations: [t("endpoints.ports.revocationDestinations")],
        via: sp.address,
        fact: "facts#44",
      });
    }
  } else {
    outbound.push({
      protocol: "tcp",
      port: HTTPS_PORT,
      required: true,
      purpose: t("endpoints.ports.https"),
      destinations: hosts,
      fact: "facts#92",
    });
    // facts#44 names no port; port 80 is usual practice (facts §2 item 21), so it is not "required".
    if (revocation) {
      outbound.push({
        protocol: "tcp",
        port: HTTP_PORT,
        required: false,
        purpose: t("endpoints.ports.http"),
        destinations: [t("endpoints.ports.revocationDestinations")],
        fact: "facts#44",
      });
    }
  }
  return { inbound, outbound: withCertificatePorts(plan, outbound), internal: computeInternalFlows(plan, { t }) };
}

/** facts#86: what the server's internal side must reach for the clients (firewall teams must allow it). */
function computeInternalFlows(plan: Plan, { t }: Pick<Texts, "t">): InternalFlow[] {
  const { dnsServers, internalCidrs } = plan.network;
  const flows: InternalFlow[] = [];
  if (dnsServers.length > 0) {
    for (const protocol of ["udp", "tcp"] as const) {
      flows.push({
        protocol,
        port: 53,
        required: true,
        purpose: t("endpoints.ports.dns"),
        destinations: [...dnsServers],
        fact: "facts#151",
      });
    }
  }
  flows.push({
    protocol: "any",
    port: null,
    required: true,
    purpose: t("endpoints.ports.internal"),
    destinations: internalCidrs.length ? [...internalCidrs] : [t("endpoints.ports.internalNone")],
    fact: "facts#86",
  });
  return flows;
}
