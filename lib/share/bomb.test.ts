// A deflate bomb in a share link is refused after unpacking at most the 1 MB cap plus one step (~1 MB), never in full.
import { describe, expect, it, vi } from "vitest";

// Every byte any fflate inflater hands back to the codec, so the test sees how much was unpacked.
const unpacked = vi.hoisted(() => ({ bytes: 0 }));
vi.mock("fflate", async (importOriginal) => {
  const real = await importOriginal<typeof import("fflate")>();
  class CountingInflate extends real.Inflate {
    constructor(opts: { dictionary?: Uint8Array }, cb: (data: Uint8Array, final: boolean) => void) {
      super(opts, (data, final) => {
        unpacked.bytes += data.length;
        cb(data, final);
      });
    }
  }
  return {
    ...real,
    Inflate: CountingInflate,
    inflateSync: (data: Uint8Array, opts?: Parameters<typeof real.inflateSync>[1]) => {
      const out = real.inflateSync(data, opts);
      unpacked.bytes += out.length;
      return out;
    },
  };
});

const { decodeShareFragment, encodePayloadForTests } = await import("./codec");

// Building a 12 MB bomb takes seconds on two shared cores.
describe("share link deflate bomb", { timeout: 60_000 }, () => {
  it("is refused as far too large after unpacking at most the cap plus one step, not 12 MB", () => {
    // 12 MB of one letter deflates to ~12 kB: a link under the 32,000-character limit.
    const bomb = encodePayloadForTests({ name: "a".repeat(12_000_000) });
    expect(bomb.length).toBeLessThan(32_000);
    unpacked.bytes = 0;
    const r = decodeShareFragment(bomb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/far more data than any plan/);
    expect(unpacked.bytes).toBeLessThan(2_100_000);
  });

  it("still unpacks an ordinary link whole", () => {
    unpacked.bytes = 0;
    const r = decodeShareFragment(encodePayloadForTests({ name: "Contoso", sites: [{ name: "Berlin" }] }));
    expect(r.ok).toBe(true);
    expect(unpacked.bytes).toBeGreaterThan(0);
  });
});
