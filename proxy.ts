// Sends each page's Content-Security-Policy with `next start`: the policies (with the hashes of each page's
// inline scripts) are computed after the build by scripts/security/adapter.mjs. A path that is no page gets the
// not-found page's policy, since that is what it renders. The static export carries the same policies in <meta>.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { CSP_MANIFEST, STRICT_CSP } from "./scripts/security/headers.mjs";

type Manifest = { routes: Record<string, string> };
let manifest: Manifest | null | undefined;

function routePolicies(): Record<string, string> | null {
  if (manifest === undefined) {
    try {
      manifest = JSON.parse(
        readFileSync(
          path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", CSP_MANIFEST),
          "utf8",
        ),
      ) as Manifest;
    } catch {
      manifest = null;
    }
  }
  return manifest?.routes ?? null;
}

export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  // `next dev` injects its own scripts and needs eval; the policy is for production builds.
  if (process.env.NODE_ENV === "development") return response;
  const routes = routePolicies();
  const pathname = request.nextUrl.pathname.replace(/\/+$/, "") || "/";
  // Without the manifest (a build that skipped the adapter), fail closed: no inline script runs.
  response.headers.set("Content-Security-Policy", routes?.[pathname] ?? routes?.["/_not-found"] ?? STRICT_CSP);
  return response;
}

export const config = {
  matcher: [
    {
      // Documents only: not build assets, not files with an extension (fonts, icons), not prefetches.
      source: "/((?!_next/|.*\\.[A-Za-z0-9]+$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
