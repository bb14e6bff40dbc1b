// facts#6, facts#121, facts#127, facts#128: client platforms, their Tunnel features and limits.
export type Platform = {
  readonly field: string;
  readonly label: string;
  readonly supported: boolean;
  readonly perAppSplitTunnel: boolean;
  readonly proxySupport: string;
  readonly fact: string;
};

export const PLATFORMS: readonly Platform[] = [
  {
    field: "devices.ios",
    label: "iOS/iPadOS",
    supported: true,
    perAppSplitTunnel: false,
    proxySupport: "direct or PAC",
    fact: "facts#128",
  },
  {
    field: "devices.androidFullyManaged",
    label: "Android Enterprise fully managed",
    supported: true,
    perAppSplitTunnel: true,
    proxySupport: "Android 10+",
    fact: "facts#127",
  },
  {
    field: "devices.androidCorporateWorkProfile",
    label: "Android Enterprise corporate-owned work profile",
    supported: true,
    perAppSplitTunnel: true,
    proxySupport: "Android 10+",
    fact: "facts#127",
  },
  {
    field: "devices.androidPersonalWorkProfile",
    label: "Android Enterprise personally-owned work profile",
    supported: true,
    perAppSplitTunnel: true,
    proxySupport: "Android 10+",
    fact: "facts#127",
  },
  {
    field: "devices.androidDedicated",
    label: "Android Enterprise dedicated",
    supported: false,
    perAppSplitTunnel: false,
    proxySupport: "not supported",
    fact: "facts#127",
  },
];

/** facts#82: per-app VPN does not support internal top-level domains. */
export const NON_PUBLIC_TLDS = [
  "local",
  "lan",
  "corp",
  "internal",
  "intranet",
  "home",
  "localdomain",
  "private",
  "test",
  "example",
  "invalid",
  "localhost",
  "home.arpa",
] as const;
