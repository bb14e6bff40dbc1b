// First-load JavaScript per prerendered page (issue 5 item 9). Next 16 no longer prints "First Load JS",
// so this sums the <script src> chunks each prerendered HTML references (minus noModule polyfills),
// raw and gzip, and compares every page with the bare framework page /_not-found (toolchain.md §5).
//   node scripts/bench/first-load-js.mjs [distDir=.next] [--json] [--pages /review,/plan/devices]
// distDir is a server build (<dir>/server/app/**/*.html) or a static export (out/**/index.html).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const BASELINE = "/_not-found";
export const TARGET_RATIO = 1.3;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".html") ? [p] : [];
  });
}

/** Route of an HTML file: server/app/review.html -> /review, out/plan/scope/index.html -> /plan/scope. */
function routeOf(root, file) {
  const rel = path.relative(root, file).split(path.sep).join("/").replace(/\.html$/, "").replace(/(^|\/)index$/, "");
  return `/${rel}`.replace(/\/$/, "") || "/";
}

/** The script URLs a page loads at first: every <script src>, except noModule polyfills, deduplicated. */
export function scriptSources(html) {
  const srcs = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/i.exec(tag)?.[1];
    if (src && !srcs.includes(src)) srcs.push(src);
  }
  return srcs;
}

/** { pages: [{ route, scripts, rawBytes, gzipBytes }] } for every prerendered page of a build. */
export function measureFirstLoadJs(distDir) {
  const serverApp = path.join(distDir, "server", "app");
  const isServer = existsSync(serverApp);
  const htmlRoot = isServer ? serverApp : distDir;
  if (!existsSync(htmlRoot)) throw new Error(`no build at ${distDir}: run next build first`);
  const cache = new Map();
  const size = (src) => {
    const rel = decodeURIComponent(new URL(src, "http://x").pathname).replace(/^\/_next\//, isServer ? "" : "_next/");
    const file = path.join(distDir, rel);
    if (!cache.has(file)) {
      if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`missing chunk ${src} (looked at ${file})`);
      const bytes = readFileSync(file);
      cache.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
    return cache.get(file);
  };
  const pages = walk(htmlRoot)
    .filter((f) => !/_global-error|\/404|\/500/.test(f.split(path.sep).join("/")))
    .map((file) => {
      const scripts = scriptSources(readFileSync(file, "utf8"));
      const sizes = scripts.map(size);
      return {
        route: routeOf(htmlRoot, file),
        scripts: scripts.length,
        rawBytes: sizes.reduce((a, s) => a + s.raw, 0),
        gzipBytes: sizes.reduce((a, s) => a + s.gzip, 0),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  return { pages };
}

/** Adds each page's gzip ratio to the baseline page (/_not-found). */
export function compareWithBaseline({ pages }) {
  const base = pages.find((p) => p.route === BASELINE);
  if (!base) throw new Error(`baseline ${BASELINE} not found among ${pages.map((p) => p.route).join(", ")}`);
  return pages.map((p) => ({ ...p, ratio: Math.round((p.gzipBytes / base.gzipBytes) * 100) / 100, withinTarget: p.gzipBytes / base.gzipBytes <= TARGET_RATIO }));
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const pagesAt = args.indexOf("--pages");
  const dir = args.find((a, i) => !a.startsWith("--") && (pagesAt < 0 || i !== pagesAt + 1)) ?? ".next";
  const only = pagesAt >= 0 ? (args[pagesAt + 1] ?? "").split(",") : null;
  const rows = compareWithBaseline(measureFirstLoadJs(dir)).filter((p) => !only || only.includes(p.route) || p.route === BASELINE);
  if (args.includes("--json")) {
    console.log(JSON.stringify({ distDir: dir, baseline: BASELINE, targetRatio: TARGET_RATIO, pages: rows }, null, 2));
  } else {
    console.log(`first-load JS (${dir}), target ≤ ${TARGET_RATIO}× ${BASELINE}`);
    for (const r of rows) {
      console.log(`${r.route.padEnd(28)} ${String(r.scripts).padStart(3)} scripts  ${kb(r.rawBytes).padStart(10)} raw  ${kb(r.gzipBytes).padStart(9)} gzip  ${r.ratio.toFixed(2)}×${r.withinTarget ? "" : "  (over target)"}`);
    }
  }
}
