import { describe, expect, it } from "vitest";
import { defaultPlan } from "./defaults";
import { parsePlan } from "./parse";
import { checkPersonName, setItemDone, withoutProgress } from "./progress";

const TODAY = "2026-12-02";
const plan = (progress: unknown) => parsePlan({ ...structuredClone(defaultPlan), progress }, { today: TODAY });

describe("plan.progress", () => {
  it("is empty when a plan has none, so older files read as nothing ticked", () => {
    const old: Partial<typeof defaultPlan> = structuredClone(defaultPlan);
    delete old.progress;
    const parsed = parsePlan(old, { today: TODAY });
    expect(parsed.ok && parsed.value.progress).toEqual({});
  });

  it("keeps done, by and on for each checklist item", () => {
    const parsed = plan({
      "ip-forward": { done: true, by: "Anna Müller", on: "2026-12-01" },
      "load-tun": { done: true },
    });
    expect(parsed.ok && parsed.value.progress).toEqual({
      "ip-forward": { done: true, by: "Anna Müller", on: "2026-12-01" },
      "load-tun": { done: true },
    });
  });

  it.each([
    ["a date that is not a calendar day", { "ip-forward": { done: true, on: "2026-02-30" } }, "progress.ip-forward.on"],
    ["a date in another format", { "ip-forward": { done: true, on: "01.12.2026" } }, "progress.ip-forward.on"],
    ["a name with a line break", { "ip-forward": { done: true, by: "Anna\nfield: forged" } }, "progress.ip-forward.by"],
    [
      "a name with a bidi override",
      { "ip-forward": { done: true, by: "Anna\u202egnp.exe" } },
      "progress.ip-forward.by",
    ],
    ["an empty name", { "ip-forward": { done: true, by: "" } }, "progress.ip-forward.by"],
    ["a name over 80 characters", { "ip-forward": { done: true, by: "x".repeat(81) } }, "progress.ip-forward.by"],
    ["done that is not a boolean", { "ip-forward": { done: "yes" } }, "progress.ip-forward.done"],
    ["an item id that is not kebab-case", { "IP Forward": { done: true } }, "progress.IP Forward"],
  ])("refuses %s, naming the field", (_name, progress, path) => {
    const parsed = plan(progress);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toContain(path);
  });

  it("drops a prototype key instead of letting it reach an object's prototype", () => {
    const parsed = plan(JSON.parse('{"__proto__": {"done": true}, "load-tun": {"done": true}}'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.value.progress)).toEqual(["load-tun"]);
    expect((parsed.value.progress as Record<string, unknown>).done).toBeUndefined();
  });

  it("refuses more entries than any checklist has", () => {
    const many = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`item-${i}`, { done: true }]));
    expect(plan(many).ok).toBe(false);
  });

  it("ignores (and reports) a field a newer version adds to an entry instead of refusing the plan", () => {
    const parsed = plan({ "ip-forward": { done: true, note: "later" } });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.progress).toEqual({ "ip-forward": { done: true } });
      expect(parsed.report.unknownFields).toEqual(["progress.ip-forward.note"]);
    }
  });
});

describe("setItemDone", () => {
  it("records the day and the person on a tick and removes the entry on untick", () => {
    const ticked = setItemDone({}, "load-tun", true, { by: "  Sam  ", on: TODAY });
    expect(ticked).toEqual({ "load-tun": { done: true, by: "Sam", on: TODAY } });
    expect(setItemDone(ticked, "load-tun", false, { on: TODAY })).toEqual({});
  });

  it("leaves out a name the schema would refuse rather than making the plan invalid", () => {
    expect(setItemDone({}, "load-tun", true, { by: "a\u200bb", on: TODAY })).toEqual({
      "load-tun": { done: true, on: TODAY },
    });
    expect(checkPersonName("a\u200bb")).toMatch(/invisible/);
  });

  it("withoutProgress drops the ticks and keeps everything else", () => {
    const p = { ...structuredClone(defaultPlan), progress: { "load-tun": { done: true } } };
    expect(withoutProgress(p)).toEqual({ ...p, progress: {} });
  });
});

describe("progress in share links", () => {
  it("round-trips through a link, and a plan without ticks encodes exactly as before the field existed", async () => {
    const { decodeShareFragment, encodeShareFragment, encodePayloadForTests } = await import("@/lib/share/codec");
    const ticked = { ...structuredClone(defaultPlan), progress: { "load-tun": { done: true, by: "Sam", on: TODAY } } };
    const back = decodeShareFragment(encodeShareFragment(ticked));
    expect(back.ok && back.plan.progress).toEqual(ticked.progress);
    expect(encodeShareFragment(withoutProgress(ticked))).toBe(encodePayloadForTests({}));
  });
});
