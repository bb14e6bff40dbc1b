// First-load JavaScript per prerendered page. Next 16 no longer prints "First Load JS", so this sums the
// chunks each prerendered HTML loads (its <script src> tags minus noModule polyfills, and the chunks its
// after-first-paint loader asks for: scripts/build/scripts-after-paint.mjs), raw and gzip, and compares
// every page with a baseline: the bare Next.js page built in the same bench run (scripts/bench/bare-next.mjs),
// or, run alone without --baseline, the app's own /_not-found (which already carries the app shell).
//   node scripts/bench/first-load-js.mjs [distDir=.next] [--baseline <bare app's .next>] [--json] [--pages /review,/plan/devices]
// distDir is a server build (<dir>/server/...) or a static export (out/**/index.html).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { firstLoadScripts } from "../build/scripts-after-paint.mjs";

const TARGET_RATIO = 1.3;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".html") ? [p] : [];
  });
}

/**
 * Route of an HTML file: server/app/review.html -> /review, out/plan/scope/index.html -> /plan/scope, and the
 * route cache a build adapter leaves (server/route-cache/APP_PAGE/<hash>/$/plan/scope.html) -> /plan/scope.
 */
function routeOf(root, file) {
  let rel = path.relative(root, file).split(path.sep).join("/");
  const cached = rel.indexOf("/$/");
  if (cached >= 0) rel = rel.slice(cached + 3);
  rel = rel
    .replace(/^app\//, "")
    .replace(/\.html$/, "")
    .replace(/(^|\/)index$/, "");
  return `/${rel}`.replace(/\/$/, "") || "/";
}

/** { pages: [{ route, scripts, rawBytes, gzipBytes }] } for every prerendered page of a build. */
function measureFirstLoadJs(distDir) {
  const server = path.join(distDir, "server");
  const isServer = existsSync(path.join(server, "app"));
  const htmlFiles = isServer
    ? ["app", "route-cache"].flatMap((d) => (existsSync(path.join(server, d)) ? walk(path.join(server, d)) : []))
    : existsSync(distDir)
      ? walk(distDir)
      : null;
  if (!htmlFiles) throw new Error(`no build at ${distDir}: run next build first`);
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
  const byRoute = new Map();
  for (const file of htmlFiles) {
    const route = routeOf(isServer ? server : distDir, file);
    if (/^\/(_global-error|404|500)$/.test(route) || byRoute.has(route)) continue;
    const scripts = firstLoadScripts(readFileSync(file, "utf8"));
    // A page that loads no script at all is a page this reader no longer understands, not a page that costs nothing.
    if (scripts.length === 0) throw new Error(`no first-load script found in ${file}`);
    const sizes = scripts.map(size);
    byRoute.set(route, {
      route,
      scripts: scripts.length,
      rawBytes: sizes.reduce((a, s) => a + s.raw, 0),
      gzipBytes: sizes.reduce((a, s) => a + s.gzip, 0),
    });
  }
  return { pages: [...byRoute.values()].sort((a, b) => a.route.localeCompare(b.route)) };
}

/** Adds each page's gzip ratio to the baseline ({ label, gzipBytes }). */
function compareWithBaseline({ pages }, baseline) {
  return pages.map((p) => ({
    ...p,
    ratio: Math.round((p.gzipBytes / baseline.gzipBytes) * 100) / 100,
    withinTarget: p.gzipBytes / baseline.gzipBytes <= TARGET_RATIO,
  }));
}

/** The baseline: the bare app's "/" when its build is given, else this build's /_not-found. */
function baselineFrom(own, bareDistDir) {
  if (bareDistDir) {
    const bare = measureFirstLoadJs(bareDistDir).pages.find((p) => p.route === "/");
    if (!bare) throw new Error(`no / page in the bare build at ${bareDistDir}`);
    return { label: "the bare Next.js page", ...bare };
  }
  const notFound = own.pages.find((p) => p.route === "/_not-found");
  if (!notFound) throw new Error("no /_not-found page to compare with; pass --baseline <bare app's .next>");
  return { label: "this app's /_not-found (includes the app shell)", ...notFound };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const flagValues = new Set(["--pages", "--baseline"].map(valueOf).filter(Boolean));
  const dir = args.find((a) => !a.startsWith("--") && !flagValues.has(a)) ?? ".next";
  const only = valueOf("--pages")?.split(",") ?? null;
  const own = measureFirstLoadJs(dir);
  const baseline = baselineFrom(own, valueOf("--baseline"));
  const rows = compareWithBaseline(own, baseline).filter(
    (p) => (!only || only.includes(p.route)) && p.route !== "/_not-found",
  );
  if (args.includes("--json")) {
    console.log(JSON.stringify({ distDir: dir, baseline, targetRatio: TARGET_RATIO, pages: rows }, null, 2));
  } else {
    console.log(`first-load JS (${dir}), target ≤ ${TARGET_RATIO}× ${baseline.label}`);
    console.log(
      `${"(baseline)".padEnd(40)}${String(baseline.scripts).padStart(3)} scripts  ${kb(baseline.rawBytes).padStart(10)} raw  ${kb(baseline.gzipBytes).padStart(9)} gzip  1.00×`,
    );
    for (const r of rows) {
      console.log(
        `${r.route.padEnd(40)}${String(r.scripts).padStart(3)} scripts  ${kb(r.rawBytes).padStart(10)} raw  ${kb(r.gzipBytes).padStart(9)} gzip  ${r.ratio.toFixed(2)}×${r.withinTarget ? "" : "  (over target)"}`,
      );
    }
  }
}
