import { afterEach, describe, expect, it, vi } from "vitest";
import { browserLocale, LOCALE_KEY, preferredLocale } from "./locale";
import { MemoryStorage, openTab } from "@/test/support/store";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the language of new plans (issue 14)", () => {
  it("follows the first browser language we have", () => {
    expect(browserLocale(["de-AT", "en-US"])).toBe("de");
    expect(browserLocale(["fr-FR", "de"])).toBe("de");
    expect(browserLocale(["en-GB", "de-DE"])).toBe("en");
    expect(browserLocale(["fr-FR", "it"])).toBe("en");
    expect(browserLocale([])).toBe("en");
  });

  it("a choice made with the switch wins over the browser's language", () => {
    vi.stubGlobal("window", { localStorage: new MemoryStorage() });
    vi.stubGlobal("navigator", { languages: ["de-DE"], language: "de-DE" });
    expect(preferredLocale()).toBe("de");
    window.localStorage.setItem(LOCALE_KEY, "en");
    expect(preferredLocale()).toBe("en");
    window.localStorage.setItem(LOCALE_KEY, "xx");
    expect(preferredLocale()).toBe("de");
  });

  it("a first visit from a German browser starts a German plan; switching keeps it unsaved until it is typed into", async () => {
    vi.stubGlobal("navigator", { languages: ["de-CH", "en"], language: "de-CH" });
    const local = new MemoryStorage();
    const { store } = await openTab(local);
    expect(store.getState().plan.locale).toBe("de");
    store.getState().setLocale("en");
    expect(store.getState().plan.locale).toBe("en");
    // Only the preference is stored: the untouched plan does not join the plan list.
    expect(local.keys()).toEqual([LOCALE_KEY]);
    store.getState().updatePlan((p) => {
      p.name = "Rollout";
    });
    store.getState().setLocale("de");
    const saved = local.keys().filter((k) => k !== LOCALE_KEY && k.includes(":plan:"));
    expect(saved).toHaveLength(1);
    expect(JSON.parse(local.getItem(saved[0]!)!).state.plan).toMatchObject({ name: "Rollout", locale: "de" });
    expect(local.getItem(LOCALE_KEY)).toBe("de");
  });
});
