// Firewall ports and outbound FQDNs the plan needs (facts#87-100, facts §2 items 20-21).
import { FQDNS } from "@/lib/catalog/fqdns";
import { HTTP_PORT, HTTPS_PORT, PORT_PURPOSES, SSH_PORT } from "@/lib/catalog/ports";
import type { Plan } from "@/lib/plan";
import type { Fqdn, InboundPort, OutboundPort, Ports } from "@/lib/report/types";
import { listCertificateFqdns, listCertificatePorts } from "./certificate";

export function listFqdns(plan: Plan): Fqdn[] {
  return [...FQDNS.map((e): Fqdn => ({ host: e.host, purpose: e.purpose, required: e.required, source: e.source, fact: e.fact })), ...listCertificateFqdns(plan)];
}

export function computePorts(plan: Plan): Ports {
  const inbound: InboundPort[] = [];
  const sitePorts = [...new Set(plan.sites.map((s) => s.port))].sort((a, b) => a - b);
  for (const port of sitePorts) {
    const sites = plan.sites.filter((s) => s.port === port);
    const names = sites.map((s) => s.name).join(", ");
    inbound.push({ protocol: "tcp", port, required: true, purpose: `${PORT_PURPOSES.tunnelTcp.purpose}; sites: ${names}`, fact: PORT_PURPOSES.tunnelTcp.fact });
    // facts#53: with UDP disabled on every site using this port, DTLS is not used.
    if (sites.some((s) => !s.disableUdp)) {
      inbound.push({ protocol: "udp", port, required: true, purpose: `${PORT_PURPOSES.tunnelUdp.purpose}; sites: ${names}`, fact: PORT_PURPOSES.tunnelUdp.fact });
    }
  }
  if (plan.server.ssh.enabled) {
    const from = plan.server.ssh.sourceCidrs.length ? ` from ${plan.server.ssh.sourceCidrs.join(", ")}` : "";
    inbound.push({ protocol: "tcp", port: SSH_PORT, required: false, purpose: `${PORT_PURPOSES.ssh.purpose}${from}`, fact: PORT_PURPOSES.ssh.fact });
  }
  const hosts = FQDNS.map((f) => f.host);
  const outbound: OutboundPort[] = [];
  const sp = plan.serverProxy;
  if (sp.mode === "http" && sp.address) {
    // facts#106: with a proxy the server itself only talks to the proxy; the proxy needs the 443 list.
    outbound.push({ protocol: "tcp", port: sp.port, required: true, purpose: "Outbound HTTP proxy of the server", destinations: [sp.address], fact: "facts#106" });
  }
  outbound.push({ protocol: "tcp", port: HTTPS_PORT, required: true, purpose: PORT_PURPOSES.https.purpose, destinations: hosts, fact: PORT_PURPOSES.https.fact });
  const certificatePorts = listCertificatePorts(plan);
  if (certificatePorts) outbound.push(...certificatePorts);
  else if (plan.tls.revocation !== "none") {
    outbound.push({
      protocol: "tcp",
      port: HTTP_PORT,
      required: true,
      purpose: PORT_PURPOSES.http.purpose,
      destinations: ["the OCSP/CRL addresses in the certificate chain"],
      fact: PORT_PURPOSES.http.fact,
    });
  }
  return { inbound, outbound };
}
