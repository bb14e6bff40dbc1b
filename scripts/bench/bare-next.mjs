// The framework floor for the bench: a bare Next.js app (one app/page.tsx with an <h1>) built with exactly
// the next, react and typescript versions this project has installed, in the same bench run.
// Turbopack refuses a node_modules symlinked from elsewhere, so the few packages are installed into the bare
// app's own folder under the OS temp dir (kept between runs; ~30 s from the npm cache the first time).
//   node scripts/bench/bare-next.mjs   -> builds it and prints its folder
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const PACKAGES = ["next", "react", "react-dom", "typescript", "@types/react", "@types/react-dom", "@types/node"];

/** The exact versions installed here, so the floor moves with the project's own upgrades. */
function installedVersions(root) {
  return Object.fromEntries(
    PACKAGES.map((name) => [
      name,
      JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version,
    ]),
  );
}

const FILES = {
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export default function Page() {
  return <h1>Hello</h1>;
}
`,
  // Its own root: without it Turbopack may pick the project's lockfile above and build from there.
  "next.config.mjs": `export default { poweredByHeader: false, turbopack: { root: import.meta.dirname } };\n`,
  "tsconfig.json": `${JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["dom", "dom.iterable", "esnext"],
        skipLibCheck: true,
        strict: true,
        noEmit: true,
        module: "esnext",
        moduleResolution: "bundler",
        jsx: "react-jsx",
        isolatedModules: true,
        plugins: [{ name: "next" }],
      },
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
      exclude: ["node_modules"],
    },
    null,
    2,
  )}\n`,
};

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Installs (when the versions changed) and builds the bare app; returns its folder. */
export function buildBareNext(root, log = () => {}) {
  const versions = installedVersions(root);
  const dir = path.join(tmpdir(), `tunnel-planner-bare-next-${versions.next}`);
  mkdirSync(path.join(dir, "app"), { recursive: true });
  const pkg = { name: "bare-next", private: true, scripts: {}, dependencies: versions };
  const pkgFile = path.join(dir, "package.json");
  const wanted = `${JSON.stringify(pkg, null, 2)}\n`;
  const installed =
    existsSync(path.join(dir, "node_modules", "next")) &&
    existsSync(pkgFile) &&
    readFileSync(pkgFile, "utf8") === wanted;
  if (!installed) {
    writeFileSync(pkgFile, wanted);
    log(
      `installing ${Object.entries(versions)
        .map(([n, v]) => `${n}@${v}`)
        .join(" ")} into ${dir}`,
    );
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock"], dir);
  }
  for (const [file, content] of Object.entries(FILES)) writeFileSync(path.join(dir, file), content);
  log(`building the bare Next.js ${versions.next} page in ${dir}`);
  run("node", ["node_modules/next/dist/bin/next", "build"], dir);
  return { dir, versions };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
  console.log(buildBareNext(root, console.log).dir);
}
