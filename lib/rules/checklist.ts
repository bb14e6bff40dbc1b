// The ordered rollout checklist, phase by phase, each item with an owner and its fact (facts#167 order).
import { findDistro } from "@/lib/catalog/distros";
import { READINESS_ACCEPTED_ROLES } from "@/lib/catalog/rbac";
import { androidTotal, type Plan } from "@/lib/plan";
import type { ChecklistItem, ChecklistOwner, Finding, OsReport, Sizing } from "@/lib/report/types";
import { needsSelinuxProxyPort } from "./proxy";
import { fmt } from "./types";

export const PHASES = [
  "Licensing and roles",
  "Server",
  "Network and firewall",
  "Certificate",
  "Proxy",
  "Readiness tool",
  "Install",
  "After install",
  "Devices and profiles",
] as const;
export type Phase = (typeof PHASES)[number];

type Item = [id: string, owner: ChecklistOwner, title: string, detail: string, fact: string];
type Section = { phase: Phase; items: (Item | false)[] };

export function listChecklist(plan: Plan, ctx: { sizing: Sizing; os: OsReport; findings: readonly Finding[] }): ChecklistItem[] {
  const { server, network, tls, serverProxy: sp, devices, vpn } = plan;
  const distro = findDistro(server.distro);
  const rhel = distro?.family === "rhel";
  const podman = ctx.os.container === "podman";
  const proxy = sp.mode === "http";
  const proxyUrl = `http://${sp.address || "<proxy>"}:${sp.port}`;
  const ports = [...new Set(plan.sites.map((s) => s.port))].join(", ");
  const t = ctx.sizing.totals;
  const bridge = ctx.findings.find((f) => f.id === "bridge-overlap");
  const newBridge = bridge?.suggestion?.bridgeCidr;
  const maxValidity = tls.issuer === "public" ? 398 : 730;
  const roles = READINESS_ACCEPTED_ROLES.map((r) => r.name).join(" or ");

  const sections: Section[] = [
    {
      phase: "Licensing and roles",
      items: [
        ["azure-subscription", "intune", "Confirm the Azure subscription", "Tunnel needs an Azure subscription in the tenant.", "facts#1"],
        [
          "intune-licenses",
          "intune",
          plan.licensing.tunnelForMam ? "License Intune Plan 2 or the Intune Suite" : "License Intune Plan 1",
          plan.licensing.tunnelForMam ? "Tunnel for MAM is an add-on that needs Plan 2 or the Suite." : "Every user of a Tunnel device needs Intune Plan 1 or higher.",
          plan.licensing.tunnelForMam ? "facts#3" : "facts#2",
        ],
        ["installer-role", "intune", "Prepare the installing account", `It needs ${roles} (the readiness tool accepts only these built-in roles) and an Intune license; its credentials are used once.`, "facts#12"],
        ["tunnel-rbac", "intune", "Grant Microsoft Tunnel Gateway permissions", "Admins who manage server configurations and sites need Create, Update, Delete and Read in the Microsoft Tunnel Gateway group.", "facts#137"],
      ],
    },
    {
      phase: "Server",
      items: [
        [
          "provision-servers",
          "linux",
          `Provision ${fmt(t.servers)} x86_64 servers`,
          `${ctx.sizing.sites.map((s) => `${s.name}: ${s.servers} × ${s.cpusPerServer} CPUs, ${s.memoryGbPerServer} GB memory, ${s.diskGbPerServer} GB disk`).join("; ")}. OS: ${distro?.label ?? server.distro}.`,
          "facts#28",
        ],
        server.nics === 1 && ["second-nic", "linux", "Consider a second network interface", "Two NICs are recommended: NIC1 public for devices, NIC2 to the internal network.", "facts#79"],
        // facts#194: Tunnel needs Docker or Podman on the server (facts#17, facts#19: which one, which version).
        [
          "container-runtime",
          "linux",
          podman ? "Install Podman (container-tools module)" : "Install Docker CE 19.03 or later",
          podman ? "RHEL 8.4+ does not support Docker; Podman ships in the container-tools module." : server.distro === "rhel-7" ? "Use the CentOS instructions; the Docker bundled with RHEL 7.4 is too old." : "Install Docker CE from Docker's repository.",
          podman ? "facts#19" : "facts#17",
        ],
        ["ip-forward", "linux", "Enable IPv4 forwarding permanently", "Set net.ipv4.ip_forward=1 in a sysctl drop-in and apply it with sysctl -p; check with sysctl net.ipv4.ip_forward.", "facts#67"],
        rhel && ["load-ip-tables", "linux", "Load ip_tables now and at boot", "modprobe ip_tables; echo ip_tables > /etc/modules-load.d/mstunnel_iptables.conf.", "facts#72"],
        ["load-tun", "linux", "Load tun now and at boot", "modprobe tun; echo tun > /etc/modules-load.d/mstunnel_tun.conf.", "facts#74"],
        server.auditd && ["install-auditd", "security", "Install auditd before Tunnel", distro?.family === "ubuntu" ? "sudo apt install auditd audispd-plugins" : "RHEL installs auditd by default; otherwise sudo dnf install audit audispd-plugins.", "facts#63"],
        server.rootlessPodman && ["rootless-prereqs", "linux", "Prepare rootless Podman", "Keep 10 GB free in /home, stay below 230 Mbps, and set net.core.somaxconn=8192, the conntrack settings and ip_unprivileged_port_start for ports below 1024; reboot.", "facts#164"],
      ],
    },
    {
      phase: "Network and firewall",
      items: [
        ["server-configuration", "intune", "Create the server configuration", `Client pool ${network.clientPool}, port ${ports}, DNS ${network.dnsServers.join(", ") || "(none)"}, ${network.splitTunnel.include.length} include and ${network.splitTunnel.exclude.length} exclude rules.`, "facts#151"],
        ["create-sites", "intune", `Create ${plan.sites.length === 1 ? "the site" : `${plan.sites.length} sites`}`, plan.sites.map((s) => `${s.name}: ${s.publicAddress || "(public address not set)"}`).join("; "), "facts#159"],
        ["public-dns", "network", "Publish the public address in public DNS", "Each site's FQDN must resolve publicly to a routable IP of the server or load balancer.", "facts#85"],
        ["inbound-ports", "network", `Open inbound TCP and UDP ${ports}`, "On every firewall, NAT and load balancer in front of the servers; the readiness tool does not test inbound ports.", "facts#90"],
        server.ssh.enabled && ["inbound-ssh", "network", "Open inbound TCP 22 for administration", server.ssh.sourceCidrs.length ? `Only from ${server.ssh.sourceCidrs.join(", ")}.` : "Limit it to admin networks.", "facts#91"],
        ["outbound-https", "network", "Allow outbound HTTPS to the Microsoft endpoints", "Allow the FQDN list, including the hosts the readiness tool probes (login.windows.net, manage.microsoft.com, sts.windows.net).", "facts#94"],
        tls.revocation !== "none" && ["outbound-http", "network", "Allow outbound HTTP to the OCSP/CRL addresses", "The revocation health check needs them (usually port 80).", "facts#44"],
        ["internal-routing", "network", "Route the server to the internal networks", `${network.internalCidrs.join(", ") || "No internal networks entered"}; resources see the server's address, not the client pool.`, "facts#86"],
        server.hosting !== "on-premises" && ["cloud-connectivity", "network", "Connect the cloud servers to on-premises", `Current choice: ${server.onPremConnectivity}.`, "facts#80"],
        // facts#81: the load balancer is optional; the server answers GET with a static page it can probe.
        plan.sites.some((s) => s.loadBalancer) && ["load-balancer", "network", "Configure the load balancer", "No TLS termination or inspection, source-IP affinity, UDP balanced like TCP, probe the static GET page.", "facts#84"],
      ],
    },
    {
      phase: "Certificate",
      items: [
        // facts#5, facts#36: the server needs a trusted TLS certificate with its full chain.
        ["request-certificate", "pki", "Request the TLS certificate", `Names: ${tls.subjectNames.join(", ") || "(none yet)"}; ${tls.keyAlgorithm.toUpperCase()} ${tls.keyBits} bits; at most ${maxValidity} days; ${tls.format.toUpperCase()}.`, tls.issuer === "public" ? "facts#39" : "facts#38"],
        ["certificate-chain", "pki", "Deliver the full chain", tls.format === "pfx" ? "PFX as /etc/mstunnel/private/site.pfx." : "Root, intermediate and leaf in /etc/mstunnel/certs/site.crt, unprotected key in /etc/mstunnel/private/site.key.", tls.format === "pfx" ? "facts#46" : "facts#47"],
        ["certificate-renewal", "pki", "Plan the renewal", "Copy the new files, then mst-cli import_cert and mst-cli server restart before the old certificate expires.", "facts#48"],
      ],
    },
    {
      phase: "Proxy",
      items: [
        proxy && ["proxy-exemption", "security", "Exempt the server on the proxy", "No authentication and no TLS inspection for the Tunnel server.", "facts#105"],
        proxy && !podman && ["proxy-docker", "linux", "Give Docker the proxy", `/etc/environment and the docker.service drop-in http-proxy.conf with ${proxyUrl}; then daemon-reload and restart docker.`, "facts#107"],
        proxy && podman && ["proxy-podman", "linux", "Give Podman the proxy", `/etc/profile.d/http_proxy.sh with HTTP_PROXY and HTTPS_PROXY=${proxyUrl}, before running setup.`, "facts#109"],
        needsSelinuxProxyPort(plan, distro) && ["proxy-selinux", "linux", `Label port ${sp.port} as http_port_t`, `sudo semanage port -m -t http_port_t -p tcp ${sp.port} (or -a if unlisted).`, "facts#111"],
      ],
    },
    {
      phase: "Readiness tool",
      items: [
        // facts#8: run the readiness tool once the prerequisites are in place; facts#142, facts#193: what network, utils and account check.
        ["readiness-download", "linux", "Download mst-readiness", "wget --output-document=mst-readiness https://aka.ms/microsofttunnelready; install jq and curl; chmod +x.", "facts#141"],
        ["readiness-network", "network", "Run sudo ./mst-readiness network", "Checks outbound access to the Microsoft endpoints (not inbound ports).", "facts#145"],
        ["readiness-utils", "linux", "Run sudo ./mst-readiness utils", "Checks ip_tables, tun, the container runtime and IPv4 forwarding.", "facts#147"],
        ["readiness-account", "intune", "Run ./mst-readiness account", `Sign in with the installing account; it passes only for ${roles}.`, "facts#139"],
      ],
    },
    {
      phase: "Install",
      items: [
        // facts#41: setup names where the certificate chain goes and prompts for it; facts#20: rootless Podman uses a modified command.
        ["run-setup", "linux", "Run mstunnel-setup", `${server.rootlessPodman ? "mst_rootless_mode=1 " : ""}sudo ./mstunnel-setup from https://aka.ms/microsofttunneldownload; accept the EULA, place the certificate, sign in, pick the site.`, "facts#168"],
        rhel && ["restart-after-setup", "linux", "Restart the server after setup", "On RHEL 8.4 or later run mst-cli server restart before connecting clients.", "facts#27"],
        ["verify-online", "intune", "Check the server is online", "Admin center > Tenant administration > Microsoft Tunnel Gateway > Health status.", "facts#169"],
      ],
    },
    {
      phase: "After install",
      items: [
        bridge !== undefined && ["change-bridge", "linux", `Change the container bridge${newBridge ? ` to ${newBridge}` : ""}`, podman ? "Stop Tunnel, ip link del cni-podman0, edit subnet and gateway in the Podman bridge config, start Tunnel." : "Stop Tunnel, ip link del docker0, set bip in /etc/docker/daemon.json, restart Docker, start Tunnel.", "facts#56"],
        proxy && podman && ["monitor-proxy", "linux", "Give mstunnel_monitor the proxy", "systemctl edit --force mstunnel_monitor with http_proxy and https_proxy, then restart it.", "facts#113"],
        ["recheck-modules", "linux", "Re-check ip_tables and tun after updates", "A manually loaded module may not survive an update; restart the server if you reload one.", "facts#75"],
        ["upgrade-settings", "intune", "Set the upgrade behaviour", "Servers upgrade one at a time; choose automatic upgrades or a maintenance window of at least one hour.", "facts#186"],
        ["inbound-test", "network", "Test the inbound path from outside", "Connect a test device through the public address; TCP and UDP must both arrive.", "facts#90"],
      ],
    },
    {
      phase: "Devices and profiles",
      items: [
        ["defender-app", "intune", "Deploy Microsoft Defender for Endpoint", "It is the Tunnel client on iOS and Android.", "facts#132"],
        tls.issuer === "private" && ["trusted-certificate-profile", "intune", "Deploy trusted certificate profiles", "Push the private root and intermediates to iOS and Android before the VPN profile.", "facts#42"],
        ["vpn-profile", "intune", `Create the ${vpn.mode} VPN profile`, `Point it at the site; device proxy: ${vpn.deviceProxy.mode}.`, "facts#128"],
        devices.ios > 0 && ["ios-on-demand", "intune", "Add a Connect VPN on-demand rule on iOS", "Needed with Defender Web Protection, otherwise both VPNs drop on sleep.", "facts#134"],
        androidTotal(devices) > 0 && vpn.mode === "per-app" && ["android-always-on", "intune", "Enable always-on VPN for Android per-app", "Launching an app does not start per-app VPN on Android.", "facts#130"],
        ["conditional-access", "security", "Target Conditional Access at Microsoft Tunnel Gateway", "Non-compliant devices get no token.", "facts#136"],
      ],
    },
  ];
  return sections.flatMap(({ phase, items }) =>
    items.filter((i): i is Item => i !== false).map(([id, owner, title, detail, fact]) => ({ id, phase, owner, title, detail, fact })),
  );
}
