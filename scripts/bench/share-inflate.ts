// What the share link's inflate cap costs (issue 17): uncapped inflateSync vs the capped streaming inflate
// the codec uses, per fixture link, a large real plan and a deflate bomb; median over many runs.
//   npx tsx scripts/bench/share-inflate.ts [--runs 200] [--json]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync, strToU8 } from "fflate";
import { DICTIONARY_V1 } from "../../lib/share/baseline-v1";
import { decodeBase64Url } from "../../lib/share/bytes";
import { encodePayloadForTests, encodeShareFragment, inflateCapped } from "../../lib/share/codec";
import { parsePlanFile } from "../../lib/share/plan-file";

const runsAt = process.argv.indexOf("--runs");
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 200;
const dictionary = strToU8(DICTIONARY_V1);
const MAX = 1_000_000;
const dir = join(process.cwd(), "lib", "__fixtures__");

function median(fn: () => unknown, n: number): number {
  for (let i = 0; i < Math.min(20, n); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
}

const deflated = (fragment: string) => {
  const bytes = decodeBase64Url(fragment.slice(3));
  if (typeof bytes === "string") throw new Error(`bad fragment: ${bytes}`);
  return bytes.subarray(4);
};

const cases: { name: string; fragment: string }[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((file) => {
    const parsed = parsePlanFile(readFileSync(join(dir, file), "utf8"));
    return parsed.ok
      ? [{ name: file.replace(".tunnelplan.json", ""), fragment: encodeShareFragment(parsed.plan) }]
      : [];
  });
const campus = parsePlanFile(
  JSON.stringify({
    name: "Campus, 2,000 scattered CIDRs",
    network: {
      internalCidrs: Array.from({ length: 2000 }, (_, i) => {
        const x = Math.imul(i + 1, 2654435761) >>> 0;
        return `10.${(x >>> 16) & 255}.${(x >>> 8) & 255}.${x & 252}/30`;
      }),
    },
  }),
);
if (campus.ok) cases.push({ name: "campus-2000-cidrs", fragment: encodeShareFragment(campus.plan) });
cases.push({ name: "deflate bomb (20 MB of 'a')", fragment: encodePayloadForTests({ name: "a".repeat(20_000_000) }) });

const rows = cases.map(({ name, fragment }) => {
  const data = deflated(fragment);
  const isBomb = name.startsWith("deflate bomb");
  const n = isBomb ? Math.max(5, Math.floor(runs / 20)) : runs;
  const uncapped = median(() => inflateSync(data, { dictionary }), n);
  const capped = median(() => inflateCapped(data, dictionary, MAX), n);
  const out = inflateCapped(data, dictionary, MAX);
  return {
    name,
    linkChars: fragment.length,
    unpackedBytes: out === "too-large" ? `>${MAX}` : out.length,
    uncappedMs: +uncapped.toFixed(3),
    cappedMs: +capped.toFixed(3),
    uncappedPeakBytes: inflateSync(data, { dictionary }).length,
  };
});

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ runs, capBytes: MAX, rows }, null, 2));
} else {
  console.log(
    `share link inflate: uncapped inflateSync vs capped streaming inflate (cap ${MAX} bytes), median of ${runs} runs`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(32)} link ${String(r.linkChars).padStart(6)}  unpacked ${String(r.unpackedBytes).padStart(9)} B  uncapped ${r.uncappedMs.toFixed(3).padStart(8)} ms (${r.uncappedPeakBytes} B)  capped ${r.cappedMs.toFixed(3).padStart(8)} ms`,
    );
  }
}
