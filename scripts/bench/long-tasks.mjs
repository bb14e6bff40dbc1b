// Which code makes a page's long tasks: loads a page in Debian's chromium with a trace, lists every main-thread task
// over --min ms with what ran in it (script evaluations, timers, layout), and names the project modules whose code
// the CPU samples of that task were in. The part of a sample's stack below the nearest project frame (zod, React,
// Next's router) counts for that frame: "lib/plan/grammar.ts" covers the zod work its schemas start. Without the
// source maps, the tasks are listed with chunk names only. A hint, not a measure: an anonymous frame (a module's body,
// a callback) also collects V8's lazy compiling of what it calls, so a small module can head a task that mostly
// evaluated a library it imports.
//   TUNNEL_PLANNER_SOURCE_MAPS=1 NEXT_DIST_DIR=.next-prof node node_modules/next/dist/bin/next build
//   NEXT_DIST_DIR=.next-prof node node_modules/next/dist/bin/next start -p 3200 &
//   node scripts/bench/long-tasks.mjs http://127.0.0.1:3200/plan/devices [--cpu 4] [--min 25] [--wait 4000]
// Durations are as observed on this machine, throttled by --cpu (Lighthouse simulates a phone as 4x the observed).
// Not part of `npm run bench`: it explains numbers, it does not measure them (one run is one noisy sample).
import { chromium } from "@playwright/test";
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";

process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0); // `| head` closed the pipe
  throw error;
});
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const url = args.find((a) => /^https?:\/\//.test(a));
if (!url) {
  console.error("usage: node scripts/bench/long-tasks.mjs URL [--cpu 4] [--min 25] [--wait 4000]");
  process.exit(2);
}
const cpu = option("cpu", 1);
const minMs = option("min", 25);
const waitMs = option("wait", 4000);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
await cdp.send("Tracing.start", {
  categories: "devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler",
  transferMode: "ReturnAsStream",
});
await page.goto(url, { waitUntil: "load" });
await page.waitForTimeout(waitMs);
const traceDone = new Promise((resolve) =>
  cdp.on("Tracing.tracingComplete", async ({ stream }) => {
    let data = "";
    for (;;) {
      const chunk = await cdp.send("IO.read", { handle: stream });
      data += chunk.data;
      if (chunk.eof) break;
    }
    resolve(JSON.parse(data));
  }),
);
await cdp.send("Tracing.end");
const trace = await traceDone;
await browser.close();
const events = trace.traceEvents ?? trace;

// The CPU profile arrives in ProfileChunk events: nodes (frames with their parent) and samples with time deltas.
// Every thread (a Web Worker too) has its own profile: nodes (frames with their parent) and samples with time deltas,
// in ProfileChunk events with the thread's tid. Samples are kept per thread, so a worker's never land in a page task.
const nodes = new Map();
const samples = [];
const clocks = new Map();
for (const e of events) {
  const key = `${e.pid}:${e.id}`;
  if (e.name === "Profile") clocks.set(key, e.args.data.startTime);
  if (e.name !== "ProfileChunk") continue;
  const profile = e.args.data.cpuProfile ?? {};
  for (const n of profile.nodes ?? []) nodes.set(`${key}:${n.id}`, { ...n, parent: `${key}:${n.parent}` });
  let clock = clocks.get(key) ?? 0;
  (profile.samples ?? []).forEach((id, i) => {
    clock += e.args.data.timeDeltas?.[i] ?? 0;
    samples.push({ id: `${key}:${id}`, ts: clock, tid: e.tid });
  });
  clocks.set(key, clock);
}

const maps = new Map();
async function sourceMap(scriptUrl) {
  if (!maps.has(scriptUrl))
    maps.set(
      scriptUrl,
      (async () => {
        const source = await (await fetch(scriptUrl)).text();
        const ref = /sourceMappingURL=(\S+)\s*$/.exec(source);
        if (!ref) return null;
        const res = await fetch(new URL(ref[1], scriptUrl));
        return res.ok ? new TraceMap(await res.json()) : null;
      })().catch(() => null),
    );
  return maps.get(scriptUrl);
}

/** The source position of a frame; null where the map has no line for it. */
function positionIn(map, frame) {
  try {
    return originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  } catch {
    return null;
  }
}

/** The project module (and function) a sample ran for: its nearest frame outside node_modules and the runtime. */
const owners = new Map();
async function ownerOf(id) {
  if (owners.has(id)) return owners.get(id);
  let owner = null;
  let fallback = null;
  for (let n = nodes.get(id); n && !owner; n = nodes.get(n.parent)) {
    const frame = n.callFrame;
    if (!frame.url?.includes("/_next/")) continue;
    const map = await sourceMap(frame.url);
    const pos = map && positionIn(map, frame);
    if (!pos?.source) {
      fallback ??= frame.url.replace(/^.*\//, "");
      continue;
    }
    const source = pos.source.replace(/^turbopack:\/\/\/\[project\]\//, "");
    if (source.includes("node_modules/") || source.includes("[turbopack]")) {
      fallback ??= source.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, "$1");
      continue;
    }
    owner = pos.name ? `${source} ${pos.name}` : `${source} (anonymous: module body or callback)`;
  }
  owner ??= fallback ? `(${fallback})` : `(${nodes.get(id)?.callFrame.functionName || "native"})`;
  owners.set(id, owner);
  return owner;
}

const start = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
const KINDS = new Set([
  "EvaluateScript",
  "FunctionCall",
  "TimerFire",
  "ParseHTML",
  "UpdateLayoutTree",
  "Layout",
  "Paint",
]);
const tasks = events.filter((e) => e.name === "RunTask" && e.dur >= minMs * 1000).sort((a, b) => a.ts - b.ts);
let blocking = 0;
console.log(`${url} at ${cpu}x CPU: ${tasks.length} tasks of ${minMs} ms or more`);
for (const task of tasks) {
  blocking += Math.max(0, task.dur / 1000 - 50);
  const end = task.ts + task.dur;
  const inside = events
    .filter((e) => e.tid === task.tid && e.ph === "X" && KINDS.has(e.name) && e.ts >= task.ts && e.ts + e.dur <= end)
    .filter((e) => e.dur >= 2000)
    .map(
      (e) =>
        `${e.name}${e.args?.data?.url ? `(${e.args.data.url.replace(/^.*\//, "")})` : ""} ${(e.dur / 1000).toFixed(0)}`,
    );
  const counts = new Map();
  for (const s of samples)
    if (s.ts >= task.ts && s.ts <= end) {
      const owner = await ownerOf(s.id);
      counts.set(owner, (counts.get(owner) ?? 0) + 1);
    }
  const total = [...counts.values()].reduce((a, b) => a + b, 0) || 1;
  const top = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([owner, n]) => `${Math.round((100 * n) / total)}% ${owner}`);
  console.log(
    `@${((task.ts - start) / 1000).toFixed(0).padStart(5)} ms  ${(task.dur / 1000).toFixed(0).padStart(4)} ms  ${inside.join(", ")}`,
  );
  if (top.length) console.log(`                      ${top.join(" | ")}`);
}
console.log(
  `sum over 50 ms of these tasks: ${blocking.toFixed(0)} ms (Lighthouse's TBT counts the same, simulated at 4x)`,
);
