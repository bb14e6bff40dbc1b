// Finding ids of plan-format §2.2 and §4.3 (ids are public: users filter on them) with severity and the fact
// behind each. The texts (title, detail, action, plan-specific context) live in lib/i18n/<locale>/findings.json.
// The order here is the order findings of one severity are listed in.
export type FindingSeverity = "blocker" | "warning" | "info";
export type FindingDef = { readonly severity: FindingSeverity; readonly fact: string };

export const FINDINGS = {
  // Licensing and platforms
  "license-azure-missing": { severity: "blocker", fact: "facts#1" },
  "license-intune-missing": { severity: "blocker", fact: "facts#2" },
  "license-mam-needs-plan2": { severity: "blocker", fact: "facts#3" },
  "platform-android-dedicated": { severity: "blocker", fact: "facts#127" },
  "platform-gsa-conflict": { severity: "blocker", fact: "facts#7" },
  "platform-android-version": { severity: "blocker", fact: "facts#126" },
  "device-proxy-android-below-10": { severity: "warning", fact: "facts#121" },
  "device-proxy-pac-edge-sign-in": { severity: "warning", fact: "facts#123" },
  "ios-per-app-split-tunnel-ignored": { severity: "warning", fact: "facts#128" },
  "per-app-local-tld": { severity: "warning", fact: "facts#82" },
  "cpu-arch-unsupported": { severity: "blocker", fact: "facts#30" },
  // Operating system and container runtime
  "os-unsupported": { severity: "blocker", fact: "facts#14" },
  "os-not-in-edition": { severity: "blocker", fact: "facts#14" },
  "os-end-of-support": { severity: "blocker", fact: "facts#14" },
  "os-listed-after-end": { severity: "warning", fact: "facts#24" },
  "os-end-announced": { severity: "warning", fact: "facts#14" },
  "container-runtime-mismatch": { severity: "blocker", fact: "facts#4" },
  "rhel-load-ip-tables": { severity: "warning", fact: "facts#76" },
  // facts#34: the detail text carries the limits (10 GB free in /home, at most 230 Mbps).
  "rootless-podman-requirements": { severity: "blocker", fact: "facts#163" },
  "podman5-bridge-steps": { severity: "warning", fact: "facts#61" },
  "cloud-needs-onprem-connectivity": { severity: "warning", fact: "facts#80" },
  // Sizing
  "single-server-site": { severity: "warning", fact: "facts#186" },
  "connections-above-health-threshold": { severity: "warning", fact: "facts#32" },
  "auditd-recommended": { severity: "info", fact: "facts#63" },
  // Network
  "bridge-overlap": { severity: "blocker", fact: "facts#55" },
  "client-pool-overlap": { severity: "blocker", fact: "facts#152" },
  "client-pool-too-small": { severity: "blocker", fact: "facts#31" },
  "split-tunnel-zero-route": { severity: "blocker", fact: "facts#153" },
  "split-tunnel-rule-limit": { severity: "warning", fact: "facts#154" },
  // Certificate (as entered)
  "tls-name-mismatch": { severity: "blocker", fact: "facts#37" },
  "tls-wildcard-invalid": { severity: "blocker", fact: "facts#40" },
  "tls-validity-too-long": { severity: "blocker", fact: "facts#38" },
  "tls-public-validity-398": { severity: "blocker", fact: "facts#39" },
  "tls-public-ca-max-validity": { severity: "blocker", fact: "facts#195" },
  "tls-key-too-small": { severity: "blocker", fact: "facts#45" },
  "tls-key-algorithm-unlisted": { severity: "info", fact: "facts#45" },
  "tls-private-ca-profile": { severity: "info", fact: "facts#42" },
  "tls-revocation-unreachable": { severity: "warning", fact: "facts#44" },
  // Certificate file (issue 13)
  "tls-cert-unreadable": { severity: "blocker", fact: "facts#43" },
  "tls-cert-name-mismatch": { severity: "blocker", fact: "facts#37" },
  "tls-cert-expired": { severity: "blocker", fact: "facts#172" },
  "tls-cert-not-yet-valid": { severity: "warning", fact: "facts#36" },
  "tls-cert-expires-soon": { severity: "warning", fact: "facts#172" },
  "tls-cert-lifetime-too-long": { severity: "blocker", fact: "facts#39" },
  "tls-cert-key-too-small": { severity: "blocker", fact: "facts#45" },
  "tls-cert-key-algorithm-unlisted": { severity: "info", fact: "facts#45" },
  "tls-cert-chain-incomplete": { severity: "blocker", fact: "facts#49" },
  "tls-cert-no-server-auth": { severity: "blocker", fact: "facts#36" },
  "tls-cert-no-revocation": { severity: "warning", fact: "facts#44" },
  // Server proxy
  "proxy-authenticated": { severity: "blocker", fact: "facts#104" },
  "proxy-tls-inspection": { severity: "blocker", fact: "facts#105" },
  "proxy-selinux-port": { severity: "warning", fact: "facts#111" },
  "proxy-podman-image-pulls": { severity: "info", fact: "facts#113" },
  // Requirement editions (issue 10)
  "installer-account-role": { severity: "info", fact: "facts#12" },
  "endpoints-unlisted": { severity: "warning", fact: "facts#191" },
  "edition-newer-available": { severity: "info", fact: "facts#24" },
  "edition-check-live-page": { severity: "info", fact: "facts#14" },
  // Microsoft Graph output (issue 15)
  "dns-suffix-only-first": { severity: "info", fact: "facts#155" },
  "graph-name-too-long": { severity: "warning", fact: "facts#155" },
  "graph-name-not-unique": { severity: "warning", fact: "facts#155" },
} as const satisfies Record<string, FindingDef>;

export type FindingId = keyof typeof FINDINGS;
export const FINDING_IDS = Object.keys(FINDINGS) as FindingId[];
