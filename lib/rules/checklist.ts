// The ordered rollout checklist, phase by phase, each item with an owner and its fact (facts#167 order).
// Texts live in lib/i18n/<locale>/checklist.json; other areas add items through CONTRIBUTORS (one line each).
import { listCertificateChecklist } from "@/lib/cert/checklist";
import { findDistro, rhelAtLeast } from "@/lib/catalog/distros";
import { findRow } from "@/lib/catalog/editions/resolve";
import type { Edition } from "@/lib/catalog/editions/types";
import { READINESS_ACCEPTED_ROLES } from "@/lib/catalog/rbac";
import { listGraphChecklistItems } from "@/lib/graph";
import type { Texts } from "@/lib/i18n/texts";
import { androidTotal } from "@/lib/plan/consistency";
import type { Plan } from "@/lib/plan/schema";
import type { ChecklistItem, ChecklistOwner, Finding, OsReport, Sizing } from "@/lib/report/types";
import { editionName, podmanMajor } from "./lifecycle";
import { needsSelinuxProxyPort } from "./proxy";
import { lifetimeLimits } from "./tls";

export const PHASE_IDS = [
  "licensing",
  "server",
  "network",
  "certificate",
  "proxy",
  "readiness",
  "install",
  "afterInstall",
  "devices",
] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export type ChecklistContext = {
  plan: Plan;
  date: string;
  sizing: Sizing;
  os: OsReport;
  findings: readonly Finding[];
  edition: Edition;
  texts: Texts;
};
/** An item before it is placed: the phase it belongs to, its owner, texts already in the plan's language, its fact. */
export type ChecklistDraft = {
  phase: PhaseId;
  id: string;
  owner: ChecklistOwner;
  title: string;
  detail: string;
  fact: string;
};
/** Items other areas contribute (certificate file, Graph output); each runs once per report. */
export type ChecklistContributor = (ctx: ChecklistContext) => ChecklistDraft[];

const CONTRIBUTORS: readonly ChecklistContributor[] = [listCertificateChecklist, listGraphChecklistItems];

type Item = Omit<ChecklistDraft, "phase">;

function licensing({ plan, edition, texts: { t } }: ChecklistContext): Item[] {
  const roles = READINESS_ACCEPTED_ROLES.map((r) => r.name).join(" / ");
  const mam = plan.licensing.tunnelForMam;
  return [
    {
      id: "azure-subscription",
      owner: "intune",
      title: t("checklist.items.azure-subscription.title"),
      detail: t("checklist.items.azure-subscription.detail"),
      fact: "facts#1",
    },
    mam
      ? {
          id: "intune-licenses",
          owner: "intune",
          title: t("checklist.items.intune-licenses.titleMam"),
          // facts#3; editions.md §4.15: the 2026-08-06 edition words it as additional licensing.
          detail: t(
            edition.rules.mamLicensing === "additional-licensing"
              ? "checklist.items.intune-licenses.detailMamAdditional"
              : "checklist.items.intune-licenses.detailMamPlan2",
          ),
          fact: "facts#3",
        }
      : {
          id: "intune-licenses",
          owner: "intune",
          title: t("checklist.items.intune-licenses.title"),
          detail: t("checklist.items.intune-licenses.detail"),
          fact: "facts#2",
        },
    {
      id: "installer-role",
      owner: "intune",
      title: t("checklist.items.installer-role.title"),
      detail: t(
        edition.rules.installerAccount
          ? "checklist.items.installer-role.detailEdition"
          : "checklist.items.installer-role.detail",
        { roles },
      ),
      fact: "facts#12",
    },
    {
      id: "tunnel-rbac",
      owner: "intune",
      title: t("checklist.items.tunnel-rbac.title"),
      detail: t("checklist.items.tunnel-rbac.detail"),
      fact: "facts#138",
    },
  ];
}

function server({ plan, sizing, os, edition, texts: { t, list } }: ChecklistContext): (Item | false)[] {
  const distro = findDistro(plan.server.distro);
  const label = distro?.label ?? plan.server.distro;
  const row = findRow(edition, plan.server.distro);
  const sites = sizing.sites.map((s) =>
    t("checklist.items.provision-servers.site", {
      site: s.name,
      servers: s.servers,
      cpus: s.cpusPerServer,
      memory: s.memoryGbPerServer,
      disk: s.diskGbPerServer,
    }),
  );
  const podman = os.container === "podman";
  const versions = list(
    os.containerRequirement?.versions.map((v) => (os.containerRequirement?.rule === "at-least" ? `${v}+` : v)) ?? [],
  );
  const yum = distro && (distro.family === "centos" || !rhelAtLeast(distro, 8, 0));
  return [
    {
      id: "provision-servers",
      owner: "linux",
      title: t("checklist.items.provision-servers.title", { count: sizing.totals.servers }),
      detail: t("checklist.items.provision-servers.detail", { sites: sites.join("; "), os: label }),
      fact: "facts#28",
    },
    plan.server.nics === 1 && {
      id: "second-nic",
      owner: "linux",
      title: t("checklist.items.second-nic.title"),
      detail: t("checklist.items.second-nic.detail"),
      fact: "facts#79",
    },
    // facts#194: Tunnel needs Docker or Podman; facts#14: only the table's container versions are supported.
    podman
      ? {
          id: "container-runtime",
          owner: "linux",
          title: t("checklist.items.container-runtime.titlePodman", { versions }),
          detail: t("checklist.items.container-runtime.detailPodman", { os: label, versions }),
          fact: "facts#19",
        }
      : {
          id: "container-runtime",
          owner: "linux",
          title: t("checklist.items.container-runtime.titleDocker"),
          detail:
            plan.server.distro === "rhel-7"
              ? t("checklist.items.container-runtime.detailDockerRhel7")
              : t("checklist.items.container-runtime.detailDocker", { os: label }),
          fact: plan.server.distro === "rhel-7" ? "facts#18" : "facts#17",
        },
    // facts#69: sysctl -p reads only /etc/sysctl.conf; the drop-in needs sysctl --system.
    {
      id: "ip-forward",
      owner: "linux",
      title: t("checklist.items.ip-forward.title"),
      detail: t("checklist.items.ip-forward.detail"),
      fact: "facts#67",
    },
    row?.notes.includes("ip_tables") === true && {
      id: "load-ip-tables",
      owner: "linux",
      title: t("checklist.items.load-ip-tables.title"),
      detail: t("checklist.items.load-ip-tables.detail"),
      fact: "facts#72",
    },
    {
      id: "load-tun",
      owner: "linux",
      title: t("checklist.items.load-tun.title"),
      detail: t("checklist.items.load-tun.detail"),
      fact: "facts#74",
    },
    plan.server.auditd && {
      id: "install-auditd",
      owner: "security",
      // facts#66: from edition 2025-03-27 the page says to install auditd before mstunnel-setup.
      title: t(
        edition.rules.auditd === "recommended-before-setup"
          ? "checklist.items.install-auditd.titleBeforeSetup"
          : "checklist.items.install-auditd.title",
      ),
      detail:
        distro?.family === "ubuntu"
          ? t("checklist.items.install-auditd.detailUbuntu")
          : t("checklist.items.install-auditd.detailRhel", { pkg: yum ? "yum" : "dnf" }),
      fact: distro?.family === "ubuntu" ? "facts#65" : "facts#64",
    },
    plan.server.rootlessPodman && {
      id: "rootless-prereqs",
      owner: "linux",
      title: t("checklist.items.rootless-prereqs.title"),
      detail: t("checklist.items.rootless-prereqs.detail"),
      fact: "facts#164",
    },
  ];
}

function network({ plan, texts: { t, list } }: ChecklistContext): (Item | false)[] {
  const { server, network: net, tls, serverProxy: sp } = plan;
  const uniq = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b).join(", ");
  const tcp = uniq(plan.sites.map((s) => s.port));
  // facts#53: sites that disable UDP use TCP only.
  const udp = uniq(plan.sites.filter((s) => !s.disableUdp).map((s) => s.port));
  const protocols = list([
    t("checklist.items.inbound-ports.tcp", { ports: tcp }),
    ...(udp ? [t("checklist.items.inbound-ports.udp", { ports: udp })] : []),
  ]);
  const proxy = sp.mode === "http" && sp.address ? `${sp.address}:${sp.port}` : null;
  return [
    {
      id: "server-configuration",
      owner: "intune",
      title: t("checklist.items.server-configuration.title"),
      detail: t("checklist.items.server-configuration.detail", {
        pool: net.clientPool,
        ports: tcp,
        dns: net.dnsServers.join(", ") || t("checklist.items.server-configuration.noDns"),
        include: net.splitTunnel.include.length,
        exclude: net.splitTunnel.exclude.length,
      }),
      fact: "facts#151",
    },
    {
      id: "create-sites",
      owner: "intune",
      title: t("checklist.items.create-sites.title", { count: plan.sites.length }),
      detail: plan.sites
        .map((s) =>
          t("checklist.items.create-sites.site", {
            site: s.name,
            address: s.publicAddress || t("checklist.items.create-sites.noAddress"),
          }),
        )
        .join("; "),
      fact: "facts#159",
    },
    {
      id: "public-dns",
      owner: "network",
      title: t("checklist.items.public-dns.title"),
      detail: t("checklist.items.public-dns.detail"),
      fact: "facts#85",
    },
    {
      id: "inbound-ports",
      owner: "network",
      title: t("checklist.items.inbound-ports.title", { protocols }),
      detail: t("checklist.items.inbound-ports.detail"),
      fact: "facts#90",
    },
    server.ssh.enabled && {
      id: "inbound-ssh",
      owner: "network",
      title: t("checklist.items.inbound-ssh.title"),
      detail: server.ssh.sourceCidrs.length
        ? t("checklist.items.inbound-ssh.detailFrom", { cidrs: list(server.ssh.sourceCidrs) })
        : t("checklist.items.inbound-ssh.detailAny"),
      fact: "facts#91",
    },
    {
      id: "outbound-https",
      owner: "network",
      title: t("checklist.items.outbound-https.title"),
      detail: proxy
        ? t("checklist.items.outbound-https.detailProxy", { proxy })
        : t("checklist.items.outbound-https.detail"),
      fact: "facts#92",
    },
    tls.revocation !== "none" && {
      id: "outbound-http",
      owner: "network",
      title: t("checklist.items.outbound-http.title"),
      detail: t("checklist.items.outbound-http.detail"),
      fact: "facts#44",
    },
    {
      id: "internal-routing",
      owner: "network",
      title: t("checklist.items.internal-routing.title"),
      detail: t("checklist.items.internal-routing.detail", {
        networks: net.internalCidrs.length ? list(net.internalCidrs) : t("checklist.items.internal-routing.none"),
      }),
      fact: "facts#86",
    },
    server.hosting !== "on-premises" && {
      id: "cloud-connectivity",
      owner: "network",
      title: t("checklist.items.cloud-connectivity.title"),
      detail: t("checklist.items.cloud-connectivity.detail", {
        choice: server.onPremConnectivity.replace("direct-connect", "directConnect"),
      }),
      fact: "facts#80",
    },
    // facts#81: the load balancer is optional; the server answers GET with a static page it can probe.
    plan.sites.some((s) => s.loadBalancer) && {
      id: "load-balancer",
      owner: "network",
      title: t("checklist.items.load-balancer.title"),
      detail: t("checklist.items.load-balancer.detail"),
      fact: "facts#84",
    },
    // facts#51: TLS 1.3 with a fallback to 1.2 between clients and servers.
    {
      id: "tls-versions",
      owner: "network",
      title: t("checklist.items.tls-versions.title"),
      detail: t("checklist.items.tls-versions.detail"),
      fact: "facts#51",
    },
  ];
}

function certificate({ plan, date, edition, texts: { t, list } }: ChecklistContext): Item[] {
  const { tls } = plan;
  const limits = lifetimeLimits(edition, date);
  // facts#38, facts#39, facts#195: the shortest limit that applies to the plan's issuer.
  const days = tls.issuer === "public" ? Math.min(limits.publicIos, limits.publicCa.maxDays, limits.all) : limits.all;
  return [
    // facts#5, facts#36: the server needs a trusted TLS certificate with its full chain.
    {
      id: "request-certificate",
      owner: "pki",
      title: t("checklist.items.request-certificate.title"),
      // facts#45, facts#192: at least 2048 bits, larger recommended; review the TLS library's requirements.
      detail: t("checklist.items.request-certificate.detail", {
        names: tls.subjectNames.length ? list(tls.subjectNames) : t("checklist.items.request-certificate.noNames"),
        algorithm: tls.keyAlgorithm.toUpperCase(),
        bits: tls.keyBits,
        days,
        format: tls.format.toUpperCase(),
      }),
      fact: tls.issuer === "public" ? "facts#39" : "facts#38",
    },
    {
      id: "certificate-chain",
      owner: "pki",
      title: t("checklist.items.certificate-chain.title"),
      detail: t(
        tls.format === "pfx"
          ? "checklist.items.certificate-chain.detailPfx"
          : "checklist.items.certificate-chain.detailPem",
      ),
      fact: tls.format === "pfx" ? "facts#46" : "facts#47",
    },
    {
      id: "certificate-renewal",
      owner: "pki",
      title: t("checklist.items.certificate-renewal.title"),
      detail: t("checklist.items.certificate-renewal.detail"),
      fact: "facts#48",
    },
  ];
}

function proxy({ plan, os, texts: { t } }: ChecklistContext): (Item | false)[] {
  const sp = plan.serverProxy;
  const on = sp.mode === "http";
  const url = `http://${sp.address || "<proxy>"}:${sp.port}`;
  const podman = os.container === "podman";
  return [
    on && {
      id: "proxy-exemption",
      owner: "security",
      title: t("checklist.items.proxy-exemption.title"),
      detail: t("checklist.items.proxy-exemption.detail"),
      fact: "facts#105",
    },
    on &&
      !podman && {
        id: "proxy-docker",
        owner: "linux",
        title: t("checklist.items.proxy-docker.title"),
        detail: t("checklist.items.proxy-docker.detail", { proxy: url }),
        fact: "facts#107",
      },
    on &&
      podman && {
        id: "proxy-podman",
        owner: "linux",
        title: t("checklist.items.proxy-podman.title"),
        detail: t("checklist.items.proxy-podman.detail", { proxy: url }),
        fact: "facts#109",
      },
    needsSelinuxProxyPort(plan, findDistro(plan.server.distro)) && {
      id: "proxy-selinux",
      owner: "linux",
      title: t("checklist.items.proxy-selinux.title", { port: String(sp.port) }),
      detail: t("checklist.items.proxy-selinux.detail", { port: String(sp.port) }),
      fact: "facts#111",
    },
    {
      id: "entra-app-proxy",
      owner: "network",
      title: t("checklist.items.entra-app-proxy.title"),
      detail: t("checklist.items.entra-app-proxy.detail"),
      fact: "facts#108",
    },
  ];
}

function readiness({ texts: { t } }: ChecklistContext): Item[] {
  const roles = READINESS_ACCEPTED_ROLES.map((r) => r.name).join(" / ");
  // facts#8: run the readiness tool once the prerequisites are in place; facts#142: it checks roles, endpoints and ip_tables.
  // facts#145: the documented commands, one item each: network, utils, account.
  return [
    {
      id: "readiness-download",
      owner: "linux",
      title: t("checklist.items.readiness-download.title"),
      detail: t("checklist.items.readiness-download.detail"),
      fact: "facts#141",
    },
    // facts#144, facts#193: network checks outbound only and runs from any host on the same network.
    {
      id: "readiness-network",
      owner: "network",
      title: t("checklist.items.readiness-network.title"),
      detail: t("checklist.items.readiness-network.detail"),
      fact: "facts#144",
    },
    {
      id: "readiness-utils",
      owner: "linux",
      title: t("checklist.items.readiness-utils.title"),
      detail: t("checklist.items.readiness-utils.detail"),
      fact: "facts#147",
    },
    {
      id: "readiness-account",
      owner: "intune",
      title: t("checklist.items.readiness-account.title"),
      detail: t("checklist.items.readiness-account.detail", { roles }),
      fact: "facts#193",
    },
  ];
}

function install({ plan, texts: { t } }: ChecklistContext): (Item | false)[] {
  const distro = findDistro(plan.server.distro);
  const command = plan.server.rootlessPodman ? "mst_rootless_mode=1 ./mstunnel-setup" : "sudo ./mstunnel-setup";
  // facts#41: setup names where the certificate chain goes and prompts for it; facts#20: rootless Podman uses a modified command.
  return [
    {
      id: "run-setup",
      owner: "linux",
      title: t("checklist.items.run-setup.title"),
      detail: t("checklist.items.run-setup.detail", { command }),
      fact: plan.server.rootlessPodman ? "facts#165" : "facts#168",
    },
    // facts#27: RHEL 8.4 or later only (RHEL 7 runs Docker and has no such step).
    distro !== undefined &&
      rhelAtLeast(distro, 8, 4) && {
        id: "restart-after-setup",
        owner: "linux",
        title: t("checklist.items.restart-after-setup.title"),
        detail: t("checklist.items.restart-after-setup.detail"),
        fact: "facts#27",
      },
    {
      id: "verify-online",
      owner: "intune",
      title: t("checklist.items.verify-online.title"),
      detail: t("checklist.items.verify-online.detail"),
      fact: "facts#169",
    },
  ];
}

function afterInstall({ plan, os, findings, edition, texts: { t } }: ChecklistContext): (Item | false)[] {
  const bridge = findings.find((f) => f.id === "bridge-overlap");
  const newBridge = bridge?.suggestion?.bridgeCidr ?? plan.network.bridgeCidr ?? undefined;
  const podman = os.container === "podman";
  const netavark = (podmanMajor(findRow(edition, plan.server.distro)) ?? 0) >= 5;
  const bridgeDetail = !podman ? "detailDocker" : netavark ? "detailNetavark" : "detailCni";
  const anyUdp = plan.sites.some((s) => !s.disableUdp);
  return [
    (bridge !== undefined || plan.network.bridgeCidr !== null) && {
      id: "change-bridge",
      owner: "linux",
      title: newBridge
        ? t("checklist.items.change-bridge.titleTo", { bridge: String(newBridge) })
        : t("checklist.items.change-bridge.title"),
      detail: t(`checklist.items.change-bridge.${bridgeDetail}`),
      fact: netavark ? "facts#62" : podman ? "facts#61" : "facts#56",
    },
    plan.serverProxy.mode === "http" &&
      podman && {
        id: "monitor-proxy",
        owner: "linux",
        title: t("checklist.items.monitor-proxy.title"),
        detail: t("checklist.items.monitor-proxy.detail"),
        fact: "facts#113",
      },
    {
      id: "recheck-modules",
      owner: "linux",
      title: t("checklist.items.recheck-modules.title"),
      detail: t("checklist.items.recheck-modules.detail"),
      fact: "facts#75",
    },
    {
      id: "upgrade-settings",
      owner: "intune",
      title: t("checklist.items.upgrade-settings.title"),
      detail: t("checklist.items.upgrade-settings.detail"),
      fact: "facts#186",
    },
    {
      id: "inbound-test",
      owner: "network",
      title: t("checklist.items.inbound-test.title"),
      detail: t(anyUdp ? "checklist.items.inbound-test.detailUdp" : "checklist.items.inbound-test.detailTcp"),
      fact: "facts#90",
    },
  ];
}

function devices({ plan, edition, texts: { t } }: ChecklistContext): (Item | false)[] {
  const { tls, vpn, devices: d } = plan;
  const android = androidTotal(d) > 0;
  const min = edition.rules.android.tunnelMin;
  return [
    {
      id: "defender-app",
      owner: "intune",
      title: t("checklist.items.defender-app.title"),
      detail: t("checklist.items.defender-app.detail"),
      fact: "facts#132",
    },
    tls.issuer === "private" && {
      id: "trusted-certificate-profile",
      owner: "intune",
      title: t("checklist.items.trusted-certificate-profile.title"),
      detail: t("checklist.items.trusted-certificate-profile.detail"),
      fact: "facts#42",
    },
    {
      id: "vpn-profile",
      owner: "intune",
      title: t("checklist.items.vpn-profile.title", { mode: vpn.mode === "per-app" ? "perApp" : "fullDevice" }),
      detail: t("checklist.items.vpn-profile.detail", { proxy: vpn.deviceProxy.mode }),
      fact: "facts#128",
    },
    d.ios > 0 && {
      id: "ios-on-demand",
      owner: "intune",
      title: t("checklist.items.ios-on-demand.title"),
      detail: t("checklist.items.ios-on-demand.detail"),
      fact: "facts#134",
    },
    android &&
      vpn.mode === "per-app" && {
        id: "android-always-on",
        owner: "intune",
        title: t("checklist.items.android-always-on.title"),
        detail: t("checklist.items.android-always-on.detail"),
        fact: "facts#130",
      },
    android &&
      vpn.deviceProxy.mode !== "none" && {
        id: "android-lob-proxy",
        owner: "intune",
        title: t("checklist.items.android-lob-proxy.title"),
        detail: t("checklist.items.android-lob-proxy.detail"),
        fact: "facts#122",
      },
    android &&
      min !== null && {
        id: "android-minimum",
        owner: "intune",
        title: t("checklist.items.android-minimum.title", { min }),
        detail: t("checklist.items.android-minimum.detail", { min, edition: editionName(edition.id) }),
        fact: "facts#126",
      },
    {
      id: "conditional-access",
      owner: "security",
      title: t("checklist.items.conditional-access.title"),
      detail: t("checklist.items.conditional-access.detail"),
      fact: "facts#136",
    },
  ];
}

const BUILT_IN: Record<PhaseId, (ctx: ChecklistContext) => (Item | false)[]> = {
  licensing,
  server,
  network,
  certificate,
  proxy,
  readiness,
  install,
  afterInstall,
  devices,
};

export function listChecklist(ctx: ChecklistContext): ChecklistItem[] {
  const contributed = CONTRIBUTORS.flatMap((c) => c(ctx));
  return PHASE_IDS.flatMap((phaseId) => {
    const phase = ctx.texts.t(`checklist.phases.${phaseId}`);
    const items = [
      ...BUILT_IN[phaseId](ctx).filter((i): i is Item => i !== false),
      ...contributed.filter((d) => d.phase === phaseId),
    ];
    return items.map(({ id, owner, title, detail, fact }) => ({ id, phaseId, phase, owner, title, detail, fact }));
  });
}
