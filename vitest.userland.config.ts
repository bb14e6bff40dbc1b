import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// The real-userland test (lib/files/__tests__/*.userland.ts): root, debootstrap, namespaces. npm test runs it as its
// own step; the unit run (vitest.config.ts) leaves it out so a plain `vitest run` stays quick.
export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.userland.ts"],
    maxWorkers: 1,
    testTimeout: 600_000,
  },
});
