// IPv4 address and CIDR helpers; all prefix math goes through ipaddr.js.
import ipaddr from "ipaddr.js";

export type Cidr = { readonly address: ipaddr.IPv4; readonly prefix: number; readonly text: string };

const DOTTED = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Strict dotted-quad IPv4: four decimal parts, no leading zeros, no shorthand. */
export function isIpv4(text: string): boolean {
  return DOTTED.test(text);
}

type Parsed = Cidr & { hostBitsSet: boolean };
// Plans repeat the same few hundred ranges on every evaluation; parsing is the hot path.
const CACHE = new Map<string, Parsed | null>();
const CACHE_LIMIT = 5_000;

/** A network from octets: the address masked with ipaddr.js's prefix mask. */
function networkOf(octets: number[], prefix: number): ipaddr.IPv4 {
  const mask = ipaddr.IPv4.subnetMaskFromPrefixLength(prefix).octets;
  return new ipaddr.IPv4(octets.map((o, i) => o & (mask[i] ?? 0)));
}

/** Parses "a.b.c.d/n" (or a bare address as /32) into its network; null when not a CIDR. */
export function parseCidr(text: string): Parsed | null {
  const cached = CACHE.get(text);
  if (cached !== undefined) return cached;
  const parsed = parseUncached(text);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): Parsed | null {
  const [addr, bits, ...rest] = text.split("/");
  if (addr === undefined || rest.length > 0 || !isIpv4(addr)) return null;
  if (bits !== undefined && !/^(3[0-2]|[12]?\d)$/.test(bits)) return null;
  const prefix = bits === undefined ? 32 : Number(bits);
  const network = networkOf(addr.split(".").map(Number), prefix);
  const netText = network.toString();
  return { address: network, prefix, text: `${netText}/${prefix}`, hostBitsSet: netText !== addr };
}

/** A CIDR known to be valid (catalog constants, already validated plan values). */
export function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`not a CIDR: ${text}`);
  return parsed;
}

/** Two networks overlap exactly when the wider one contains the other's network address. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  const [wide, narrow] = a.prefix <= b.prefix ? [a, b] : [b, a];
  return narrow.address.match(wide.address, wide.prefix);
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.prefix <= inner.prefix && inner.address.match(outer.address, outer.prefix);
}

/** Number of addresses a client can get: the network and broadcast addresses are not handed out. */
export function usableHosts(c: Cidr): number {
  const size = 2 ** (32 - c.prefix);
  return c.prefix >= 31 ? size : size - 2;
}

/** facts#55: RFC 1918 private ranges, searched in this order for a free bridge /24. */
const PRIVATE_SEARCH: readonly { base: [number, number]; secondOctets: readonly number[] }[] = [
  { base: [192, 168], secondOctets: [168] },
  { base: [172, 16], secondOctets: Array.from({ length: 16 }, (_, i) => 16 + i) },
  { base: [10, 0], secondOctets: Array.from({ length: 256 }, (_, i) => i) },
];

/**
 * The first private /24 that overlaps none of `taken`, starting at 192.168.128.0/24 (the docs'
 * example bip, facts#59); null only when every private /24 is taken.
 */
export function proposeFreeSlash24(taken: readonly Cidr[]): string | null {
  for (const { base, secondOctets } of PRIVATE_SEARCH) {
    for (const second of secondOctets) {
      // Skip a whole /16 at once when one taken range covers it, so the search stays fast.
      const block = cidr(`${base[0]}.${second}.0.0/16`);
      if (taken.some((t) => contains(t, block))) continue;
      const thirds = base[0] === 192 ? rotate(128) : rotate(0);
      for (const third of thirds) {
        const address = new ipaddr.IPv4([base[0], second, third, 0]);
        const candidate: Cidr = { address, prefix: 24, text: `${base[0]}.${second}.${third}.0/24` };
        if (!taken.some((t) => overlaps(t, candidate))) return candidate.text;
      }
    }
  }
  return null;
}

function rotate(start: number): number[] {
  return Array.from({ length: 256 }, (_, i) => (start + i) % 256);
}
