import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "state/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    // 2 cores: keep the pool small so the test run never starves the build.
    maxWorkers: 2,
  },
});
