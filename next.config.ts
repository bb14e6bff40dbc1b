import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_HEADERS } from "./scripts/security/headers.mjs";

// NEXT_OUTPUT=export -> static export into ./out (no server needed; any web server can host it).
const isExport = process.env.NEXT_OUTPUT === "export";

const nextConfig: NextConfig = {
  // trailingSlash: every route becomes dir/index.html, which every static server resolves (toolchain pitfall 18).
  ...(isExport ? { output: "export" as const, trailingSlash: true } : {}),
  // With output: export, distDir is where the static site lands; keeping it apart from .next leaves the server build intact.
  // NEXT_DIST_DIR lets parallel local builds (one per developer worktree task) use separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? (isExport ? "out" : ".next"),
  poweredByHeader: false,
  // For profiling only (scripts/bench/long-tasks.mjs maps a trace's samples to the source modules): never in a
  // build that is served, where the maps would publish the source.
  productionBrowserSourceMaps: process.env.TUNNEL_PLANNER_SOURCE_MAPS === "1",
  // The stylesheet (Tailwind, ~7 kB gzip) goes into each page as <style>: the first paint waits for no second
  // request, one round trip less on a phone's network (issue 17, Lighthouse FCP/LCP). Next.js also writes it twice
  // into the RSC payload; the build adapter leaves those copies out (scripts/build/css-once.mjs): / 28 -> 22 kB gzip.
  // Its hash goes into the page's policy like an inline script's (scripts/security/headers.mjs).
  experimental: { inlineCss: true },
  reactStrictMode: true,
  // `npm test` runs `tsc` itself before building twice (server, static export): skip the builds' own copy then.
  typescript: { ignoreBuildErrors: process.env.TUNNEL_PLANNER_TYPECHECKED === "1" },
  // Gives every prerendered page a Content-Security-Policy with its inline scripts' hashes (header for
  // `next start`, <meta> in the static export); see scripts/security/adapter.mjs.
  adapterPath: path.join(process.cwd(), "scripts", "security", "adapter.mjs"),
  // A static export cannot send headers: the README lists them for nginx, Apache, IIS and S3/CloudFront.
  ...(isExport ? {} : { headers: async () => [{ source: "/:path*", headers: STATIC_HEADERS }] }),
};

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
export default withNextIntl(nextConfig);
