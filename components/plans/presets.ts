// Example plans offered on the landing page; each opens as a new plan (issue 16). One line per preset:
// its id (texts under plans.presets.items.<id>) and the fixture it loads, only when chosen.
type FixtureModule = { default: unknown };

export const PRESETS = [
  { id: "small-ubuntu", load: (): Promise<FixtureModule> => import("@/lib/__fixtures__/minimal.tunnelplan.json") },
  {
    id: "rhel-proxy",
    load: (): Promise<FixtureModule> => import("@/lib/__fixtures__/contoso-single-site.tunnelplan.json"),
  },
  {
    id: "three-sites",
    load: (): Promise<FixtureModule> => import("@/lib/__fixtures__/multi-site-large.tunnelplan.json"),
  },
  { id: "everything-wrong", load: (): Promise<FixtureModule> => import("@/lib/__fixtures__/blockers.tunnelplan.json") },
  {
    id: "newest-edition",
    load: (): Promise<FixtureModule> => import("@/lib/__fixtures__/newest-edition.tunnelplan.json"),
  },
] as const;

export type PresetId = (typeof PRESETS)[number]["id"];
