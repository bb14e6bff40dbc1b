import deFields from "@/lib/i18n/de/fields.json" with { type: "json" };
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

// A label and one line of help per plan field (site fields as "sites.<field>"), shown by the UI.
export type FieldHelp = { readonly label: string; readonly help: string; readonly fact?: string };

export const FIELD_HELP: Record<string, FieldHelp> = {
  name: { label: "Plan name", help: "A name for this plan, e.g. the rollout or customer; up to 120 characters." },
  planningDate: {
    label: "Planning date",
    help: "Lifecycle checks (end of support) are made against this date.",
    fact: "facts#14",
  },
  edition: {
    label: "Requirements edition",
    help: "Which edition of Microsoft's prerequisites page the plan is checked against; new plans use the newest.",
    fact: "facts#24",
  },
  locale: { label: "Language", help: "The language of the report, the checklist PDF and the server bundle's README." },
  "licensing.azureSubscription": {
    label: "Azure subscription",
    help: "The tenant has an Azure subscription.",
    fact: "facts#1",
  },
  "licensing.intunePlan": {
    label: "Intune plan",
    help: "Tunnel needs Intune Plan 1; Tunnel for MAM needs Plan 2 or the Suite.",
    fact: "facts#2",
  },
  "licensing.tunnelForMam": {
    label: "Tunnel for MAM",
    help: "Use the Tunnel for MAM add-on for unenrolled devices.",
    fact: "facts#3",
  },
  "devices.ios": {
    label: "iOS/iPadOS devices",
    help: "Enrolled iPhones and iPads that will use Tunnel.",
    fact: "facts#127",
  },
  "devices.androidFullyManaged": {
    label: "Android fully managed",
    help: "Android Enterprise fully managed devices.",
    fact: "facts#127",
  },
  "devices.androidCorporateWorkProfile": {
    label: "Android corporate work profile",
    help: "Android Enterprise corporate-owned devices with a work profile.",
    fact: "facts#127",
  },
  "devices.androidPersonalWorkProfile": {
    label: "Android personal work profile",
    help: "Android Enterprise personally-owned devices with a work profile.",
    fact: "facts#127",
  },
  "devices.androidDedicated": {
    label: "Android dedicated",
    help: "Android Enterprise dedicated devices; Tunnel does not support them.",
    fact: "facts#127",
  },
  "devices.androidBelow10": {
    label: "Android devices below version 10",
    help: "Of the Android devices above, how many run Android 9 or older (no VPN proxy).",
    fact: "facts#121",
  },
  "devices.android10": {
    label: "Android devices on version 10",
    help: "Of the Android devices above, how many run Android 10; Tunnel support for Android 10 ended on March 31, 2026.",
    fact: "facts#126",
  },
  "devices.connectionsPerDevice": {
    label: "Connections per device",
    help: "Tunnel connections a device opens at once; devices can open several.",
    fact: "facts#29",
  },
  "devices.peakConcurrencyPercent": {
    label: "Peak concurrency (%)",
    help: "Share of devices connected at the busiest moment.",
    fact: "facts#29",
  },
  "devices.usesGlobalSecureAccess": {
    label: "Devices use Global Secure Access",
    help: "Tunnel and Global Secure Access cannot run on the same device.",
    fact: "facts#7",
  },
  "vpn.mode": { label: "VPN mode", help: "Full-device tunnel or per-app VPN for selected apps.", fact: "facts#128" },
  "vpn.deviceProxy.mode": {
    label: "Device proxy",
    help: "Proxy the VPN profile gives to devices: none, a direct proxy or a PAC file.",
    fact: "facts#121",
  },
  "vpn.deviceProxy.address": {
    label: "Device proxy address",
    help: "Host name or IPv4 address of the direct proxy.",
    fact: "facts#125",
  },
  "vpn.deviceProxy.port": { label: "Device proxy port", help: "Port of the direct proxy (1-65535)." },
  "vpn.deviceProxy.pacUrl": {
    label: "PAC file URL",
    help: "http(s) URL of the proxy auto-configuration file.",
    fact: "facts#123",
  },
  "sites.name": {
    label: "Site name",
    help: "A site groups servers that share one public address and configuration.",
    fact: "facts#161",
  },
  "sites.devices": {
    label: "Devices at this site",
    help: "Devices this site serves; leave empty for one site, set it for every site otherwise.",
  },
  "sites.publicAddress": {
    label: "Public address",
    help: "FQDN or IPv4 devices connect to (server or load balancer); must resolve in public DNS.",
    fact: "facts#85",
  },
  "sites.port": {
    label: "Server port",
    help: "The one port Tunnel listens on for TCP and UDP; 443 by default.",
    fact: "facts#88",
  },
  "sites.disableUdp": {
    label: "Disable UDP",
    help: "Clients use TCP only; enable only when all devices use Defender as the client.",
    fact: "facts#53",
  },
  "sites.highAvailability": {
    label: "High availability",
    help: "Add one spare server so upgrades and failures do not take the site offline.",
    fact: "facts#186",
  },
  "sites.loadBalancer": {
    label: "Load balancer",
    help: "A load balancer in front of the servers; it must not terminate TLS and needs source-IP affinity.",
    fact: "facts#84",
  },
  "server.distro": {
    label: "Linux distribution",
    help: "Only the versions in Microsoft's supported table may run Tunnel.",
    fact: "facts#14",
  },
  "server.container": {
    label: "Container runtime",
    help: "Auto picks Podman on RHEL 8/9 and Docker CE elsewhere.",
    fact: "facts#4",
  },
  "server.rootlessPodman": {
    label: "Rootless Podman",
    help: "Run the containers as a non-root user; needs RHEL 8.8+ and Podman 4.6.1+.",
    fact: "facts#163",
  },
  "server.cpuArch": { label: "CPU architecture", help: "Tunnel needs a 64-bit AMD/Intel processor.", fact: "facts#30" },
  "server.hosting": { label: "Hosting", help: "Where the servers run: on-premises or a cloud.", fact: "facts#80" },
  "server.onPremConnectivity": {
    label: "Connection to on-premises",
    help: "How a cloud-hosted server reaches on-premises resources.",
    fact: "facts#80",
  },
  "server.nics": {
    label: "Network interfaces",
    help: "Two NICs (public and internal) are recommended, one is allowed.",
    fact: "facts#79",
  },
  "server.selinux": {
    label: "SELinux mode",
    help: "RHEL only; enforcing SELinux needs the proxy port labelled as http_port_t.",
    fact: "facts#111",
  },
  "server.firewall": {
    label: "Host firewall",
    help: "Which firewall the generated rules are written for; auto = firewalld on RHEL, ufw on Ubuntu.",
  },
  "server.ssh.enabled": { label: "SSH access", help: "Open TCP 22 for administration (optional).", fact: "facts#91" },
  "server.ssh.sourceCidrs": {
    label: "SSH source networks",
    help: "IPv4 networks allowed to reach SSH, e.g. 10.0.0.0/24; empty = any.",
  },
  "server.auditd": {
    label: "Install auditd",
    help: "Linux auditing is recommended; install it before Tunnel.",
    fact: "facts#63",
  },
  "network.internalCidrs": {
    label: "Internal networks",
    help: "Corporate IPv4 networks the gateway must reach, e.g. 10.0.0.0/8.",
    fact: "facts#86",
  },
  "network.clientPool": {
    label: "Client IP pool",
    help: "The server configuration's IP address range; must overlap no destination. 169.254.0.0/16 is suggested.",
    fact: "facts#152",
  },
  "network.dnsServers": {
    label: "DNS servers",
    help: "IPv4 DNS servers the clients use through the tunnel.",
    fact: "facts#151",
  },
  "network.dnsSuffixes": {
    label: "DNS suffixes",
    help: "DNS suffix search list, e.g. corp.contoso.com.",
    fact: "facts#151",
  },
  "network.splitTunnel.include": {
    label: "Split tunnel: include",
    help: "IPv4 networks sent through the tunnel, e.g. 10.0.0.0/8; empty = all traffic. Never 0.0.0.0.",
    fact: "facts#153",
  },
  "network.splitTunnel.exclude": {
    label: "Split tunnel: exclude",
    help: "IPv4 networks kept off the tunnel, e.g. 10.99.0.0/16; include + exclude at most 500.",
    fact: "facts#154",
  },
  "network.bridgeCidr": {
    label: "Container bridge",
    help: "A custom container bridge range; empty = the runtime default (Docker 172.17.0.0/16, Podman 10.88.0.0/16).",
    fact: "facts#55",
  },
  "tls.certificate": {
    label: "Certificate file",
    help: "The real certificate, read in this browser: every problem shows before it reaches the server.",
    fact: "facts#43",
  },
  "tls.subjectNames": {
    label: "Certificate names",
    help: "The certificate's subject alternative names; must cover every site's public address.",
    fact: "facts#37",
  },
  "tls.issuer": {
    label: "Certificate issuer",
    help: "Public CA, or a private CA whose chain devices get by profile.",
    fact: "facts#42",
  },
  "tls.format": { label: "Certificate format", help: "PEM (chain + key) or PFX.", fact: "facts#43" },
  "tls.validityDays": {
    label: "Validity (days)",
    help: "At most 398 days for a public CA, 730 for a private one.",
    fact: "facts#39",
  },
  "tls.keyAlgorithm": { label: "Key algorithm", help: "RSA or ECDSA." },
  "tls.keyBits": { label: "Key size (bits)", help: "RSA keys need at least 2048 bits.", fact: "facts#45" },
  "tls.revocation": {
    label: "Revocation check",
    help: "How the certificate publishes revocation; the server must reach it.",
    fact: "facts#44",
  },
  "serverProxy.mode": {
    label: "Server proxy",
    help: "Outbound proxy of the Linux server: none or a static HTTP proxy (no PAC).",
    fact: "facts#120",
  },
  "serverProxy.address": {
    label: "Proxy address",
    help: "Host name or IPv4 address of the outbound proxy.",
    fact: "facts#106",
  },
  "serverProxy.port": { label: "Proxy port", help: "Port of the outbound proxy, e.g. 3128.", fact: "facts#111" },
  "serverProxy.authenticated": {
    label: "Proxy needs authentication",
    help: "Authenticated proxies are not supported.",
    fact: "facts#104",
  },
  "serverProxy.tlsInspection": {
    label: "Proxy inspects TLS",
    help: "Break-and-inspect is not supported; exempt the server.",
    fact: "facts#105",
  },
  "serverProxy.noProxy": {
    label: "No proxy for",
    help: "Reached without the proxy: host names (localhost), domains with a leading dot (.contoso.com), IPv4 addresses or networks (10.0.0.0/8).",
    fact: "facts#107",
  },
};

const GERMAN: Readonly<Record<string, { label: string; help: string }>> = deFields;

/** Label, help and fact of a plan path in a language (site fields as "sites.<field>"); undefined when uncatalogued. */
export function fieldHelp(path: string, locale: Locale = DEFAULT_LOCALE): FieldHelp | undefined {
  const key = path.replace(/^sites\.\d+\./, "sites.");
  const entry = FIELD_HELP[key];
  if (!entry || locale === "en") return entry;
  const text = GERMAN[key];
  return text ? { ...entry, label: text.label, help: text.help } : entry;
}

/** The human name of a plan path ("sites.2.publicAddress" → "Public address"); the path itself when uncatalogued. */
export const fieldLabel = (path: string, locale: Locale = DEFAULT_LOCALE): string =>
  fieldHelp(path, locale)?.label ?? path;
