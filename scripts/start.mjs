// `npm start`: install when needed, build when the build is missing or stale, then serve on PORT (default 3000).
import { buildIsCurrent, ensureDependencies, markBuilt, run } from "./lib/ensure.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
if (!buildIsCurrent()) {
  console.log("> building (next build)");
  const status = run("node", ["node_modules/next/dist/bin/next", "build"]);
  if (status !== 0) process.exit(status);
  markBuilt();
} else {
  console.log("> build is current");
}
const port = process.env.PORT || "3000";
console.log(`> serving on http://localhost:${port}`);
process.exit(run("node", ["node_modules/next/dist/bin/next", "start", "-p", port]));
