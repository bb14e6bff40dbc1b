/** Small IPv4 CIDR math for the bridge and route checks (values already validated by the schema). */

export interface Cidr {
  base: number;
  prefix: number;
}

export function parseIpv4(ip: string): number {
  return ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function formatIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join(".");
}

/** "10.0.0.0/8" or a bare address (= /32). The base is masked to the network address. */
export function parseCidr(text: string): Cidr {
  const [ip = "", bits] = text.split("/");
  const prefix = bits === undefined ? 32 : Number(bits);
  const size = 2 ** (32 - prefix);
  return { base: Math.floor(parseIpv4(ip) / size) * size, prefix };
}

export function formatCidr(c: Cidr): string {
  return `${formatIpv4(c.base)}/${c.prefix}`;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  const aEnd = a.base + 2 ** (32 - a.prefix);
  const bEnd = b.base + 2 ** (32 - b.prefix);
  return a.base < bEnd && b.base < aEnd;
}

/** Docker's `bip` and the Podman gateway: first host address of the network (facts#59, facts §2 item 9). */
export function gatewayOf(cidr: string): string {
  return formatIpv4(parseCidr(cidr).base + 1);
}

export function bipOf(cidr: string): string {
  const c = parseCidr(cidr);
  return `${formatIpv4(c.base + 1)}/${c.prefix}`;
}

/** Candidate private ranges for a container bridge, tried in order. */
const BRIDGE_CANDIDATES = [
  "192.168.128.0/24",
  "192.168.250.0/24",
  "172.31.250.0/24",
  "10.254.250.0/24",
  "100.64.250.0/24",
];

/** First candidate bridge that overlaps none of `taken` (CIDRs or addresses); null when all collide. */
export function proposeFreeBridge(taken: string[]): string | null {
  const used = taken.map(parseCidr);
  return BRIDGE_CANDIDATES.find((c) => !used.some((u) => overlaps(parseCidr(c), u))) ?? null;
}
