import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Test files that change what other files would see: a module mock (bomb), stubbed globals and fake timers (state,
// load-renderer), module-level singletons (the store, the PDF job queue), the renderer's first warm-up. Each of them
// runs in a fresh module graph; every other file shares its worker's modules (isolate: false), which spares
// re-importing the engine, the catalogs and react-pdf per file: the unit step took 180 s isolated, 119 s shared.
const ISOLATED = [
  "state/**/*.test.ts",
  "lib/share/bomb.test.ts",
  "components/pdf/load-renderer.test.ts",
  "components/pdf/warm-up.test.ts",
  "components/pdf/pdf-jobs.test.ts",
  "components/pdf/speculative-pdf.test.ts",
  "components/pdf/worker-core.test.ts",
];

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    environment: "node",
    // 2 cores: keep the pool small so the test run never starves the build.
    maxWorkers: 2,
    // A test that stubs a global gets it back after each test, wherever it runs.
    unstubGlobals: true,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      { extends: true, test: { name: "unit (isolated)", include: ISOLATED } },
    ],
  },
});
