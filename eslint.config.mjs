import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// lib/ is the pure engine: it runs in the browser, the CLI and tests alike, so it may not
// depend on a UI framework, the DOM, storage or the clock (architecture.md, "Rules of the house").
const libPurity = {
  files: ["lib/**/*.{ts,tsx}"],
  ignores: ["lib/**/*.test.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [
          { name: "react", message: "lib/ is pure: no React." },
          { name: "react-dom", message: "lib/ is pure: no React." },
          { name: "zustand", message: "lib/ is pure: state lives in state/." },
        ],
        patterns: [
          {
            group: ["react/*", "react-dom/*", "next", "next/*", "zustand/*"],
            message: "lib/ is pure: no UI framework.",
          },
          {
            group: ["@/app/*", "@/components/*", "@/state/*", "../app/*", "../components/*", "../state/*"],
            message: "lib/ may not import UI folders.",
          },
        ],
      },
    ],
    "no-restricted-globals": [
      "error",
      { name: "window", message: "lib/ is pure: no DOM." },
      { name: "document", message: "lib/ is pure: no DOM." },
      { name: "localStorage", message: "lib/ is pure: no storage." },
      { name: "sessionStorage", message: "lib/ is pure: no storage." },
    ],
    "no-restricted-properties": [
      "error",
      { object: "Date", property: "now", message: "lib/ is pure: pass the date in." },
    ],
  },
};

// One door into lib (issue 17): every name is imported from the module that defines it. A re-export (a barrel)
// would be a second way in, and a static import of it would pull every module behind it into a page's first load.
const noReexports = {
  files: ["lib/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector: "ExportAllDeclaration",
        message: "No re-exports in lib/: import the name from the module that defines it.",
      },
      {
        selector: "ExportNamedDeclaration[source]",
        message: "No re-exports in lib/: import the name from the module that defines it.",
      },
    ],
  },
};

// Links prefetch on intent, not on sight (components/ui/app-link.tsx, issue 17): the UI uses AppLink.
const oneLink = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
  ignores: ["components/ui/app-link.tsx"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [
          {
            name: "next/link",
            message: "Use AppLink (components/ui/app-link.tsx): it prefetches on intent, not on sight.",
          },
        ],
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  libPurity,
  noReexports,
  oneLink,
  globalIgnores([
    ".next/**",
    ".next-*/**",

    "out/**",
    "build/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "reports/**",
    "bench-results/**",
  ]),
]);
