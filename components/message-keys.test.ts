// Every literal key a component asks its translator for exists in the English catalog (and so, by the
// completeness test, in German). A key lost in a merge otherwise shows only as MISSING_MESSAGE at runtime.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import messages from "@/messages/en";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(path.join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.includes(".test.")
        ? [path.join(dir, e.name)]
        : [],
  );
}

function has(key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

describe("UI message keys", () => {
  it('every t("…") with a literal key names a text of its useTranslations namespace', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of [...files("components"), ...files("app")]) {
      const source = readFileSync(file, "utf8");
      // const t = useTranslations("ns") / const tc = useTranslations("ns"): one binding per name.
      const bindings = new Map<string, Set<string>>();
      for (const m of source.matchAll(/const (\w+) = useTranslations\("([\w.]+)"\)/g))
        bindings.set(m[1]!, (bindings.get(m[1]!) ?? new Set()).add(m[2]!));
      for (const [name, namespaces] of bindings) {
        for (const m of source.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup)?\\("([\\w.-]+)"`, "g"))) {
          checked++;
          if (![...namespaces].some((ns) => has(`${ns}.${m[1]}`)))
            missing.push(`${file}: ${[...namespaces].join("|")}.${m[1]}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });
});
