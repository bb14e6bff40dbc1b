import { describe, expect, it } from "vitest";
import { EDITION_IDS, type EditionId } from "@/lib/catalog/editions/ids";
import { getEdition } from "@/lib/catalog/editions/resolve";
import { createTexts } from "@/lib/i18n/texts";
import { parsePlan } from "@/lib/plan/parse";
import type { PlanInput } from "@/lib/plan/schema";
import { computeOs, containerRequirement, lastDayOfMonth, versionAtLeast } from "./lifecycle";

const plan = (input: PlanInput) => {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const en = createTexts("en");
const os = (server: PlanInput["server"], date: string, edition: EditionId = "2024-10-24") =>
  computeOs(plan({ server, planningDate: date, edition }), date, en);
const ids = (r: ReturnType<typeof os>) => r.findings.map((f) => f.id);
const context = (r: ReturnType<typeof os>, id: string) => r.findings.find((f) => f.id === id)?.context ?? "";

describe("lifecycle under the source document (2024-10-24)", () => {
  it("a month-only end date lasts through the month's last day", () => {
    expect(lastDayOfMonth("2024-06")).toBe("2024-06-30");
    expect(lastDayOfMonth("2024-02")).toBe("2024-02-29");
    expect(lastDayOfMonth("2023-02")).toBe("2023-02-28");
    expect(lastDayOfMonth("2024-12")).toBe("2024-12-31");
  });
  it("CentOS 7 is supported through 2024-06-30 (end announced) and ended on 2024-07-01", () => {
    const before = os({ distro: "centos-7" }, "2024-06-30");
    expect(before.os).toMatchObject({ status: "supported", supportEnds: "2024-06-30", container: "docker" });
    // The source document (dated 2024-10-24) still lists the row after its own end: a stale row (editions.md §4.4).
    expect(ids(before)).toEqual(["os-listed-after-end", "os-end-announced"]);
    const after = os({ distro: "centos-7" }, "2024-07-01");
    expect(after.os.status).toBe("end-of-support");
    expect(ids(after)).toEqual(["os-listed-after-end", "os-end-of-support"]);
    expect(context(after, "os-end-of-support")).toContain("2024-10-24");
  });
  it("RHEL 9.0 states June and February 2024; the earlier decides and finding and notes name both", () => {
    expect(os({ distro: "rhel-9.0" }, "2024-02-29").os.status).toBe("supported");
    const march = os({ distro: "rhel-9.0" }, "2024-03-01");
    expect(march.os.status).toBe("end-of-support");
    expect(context(march, "os-end-of-support")).toContain("February 2024 and June 2024");
    expect(os({ distro: "rhel-9.0" }, "2024-01-01").os.notes).toContain(
      "The source states two end-of-support dates, February 2024 and June 2024; the earlier one is used.",
    );
    expect(os({ distro: "centos-7" }, "2024-01-01").os.notes).toContain(
      "Support ends on Jun 30, 2024; plan the move to a newer release.",
    );
  });
  it("named non-supported entries are unsupported; Ubuntu 18.04's note follows the planning date's tense", () => {
    expect(os({ distro: "ubuntu-18.04" }, "2022-01-01").os.status).toBe("unsupported");
    expect(ids(os({ distro: "ubuntu-18.04" }, "2022-01-01"))).toEqual(["os-unsupported"]);
    expect(os({ distro: "ubuntu-18.04" }, "2022-01-01").os.notes.join(" ")).toContain(
      "ends its support for 18.04 in April 2023",
    );
    expect(os({ distro: "ubuntu-18.04" }, "2024-01-01").os.notes.join(" ")).toContain(
      "ended its support for 18.04 in April 2023",
    );
    expect(context(os({ distro: "ubuntu-18.04" }, "2024-01-01"), "os-unsupported")).toBe(
      "Ubuntu 18.04 is not supported. Support ended in April 2023.",
    );
    const centos8 = os({ distro: "centos-8" }, "2022-01-01");
    expect(ids(centos8)).toEqual(["os-unsupported"]);
    expect(centos8.os.notes.join(" ")).toContain("names no container runtime");
  });
  it("rows without an end date stay supported; the report names the row's version", () => {
    expect(os({ distro: "ubuntu-22.04" }, "2030-01-01").os).toMatchObject({
      status: "supported",
      supportEnds: null,
      containerVersion: "Docker CE 19.03 or later",
    });
    expect(os({ distro: "rhel-9.4" }, "2026-11-28").os).toMatchObject({
      container: "podman",
      containerVersion: "4.9.4-rhel",
    });
    expect(os({ distro: "rhel-9.3" }, "2026-11-28").os.containerVersion).toBe("4.6.1");
  });
  it("every RHEL 8/9 row warns about ip_tables and carries the Podman v3 note; Ubuntu and RHEL 7 do not (facts#16, facts#76)", () => {
    for (const row of getEdition("2024-10-24").distros) {
      const r = os({ distro: row.distro }, "2024-01-01");
      const rhel89 = row.distro.startsWith("rhel-") && row.distro !== "rhel-7";
      expect(ids(r).includes("rhel-load-ip-tables"), row.distro).toBe(rhel89);
      expect(
        r.os.notes.some((n) => n.includes("Podman v3")),
        row.distro,
      ).toBe(rhel89);
    }
    expect(os({ distro: "rhel-8.6" }, "2024-01-01").os.notes.join(" ")).toContain("Podman v4.0 and later");
    expect(os({ distro: "rhel-9.4" }, "2024-01-01").os.notes.join(" ")).toContain("Podman v4.2 and later");
  });
  it("container runtime mismatch", () => {
    expect(ids(os({ distro: "rhel-9.4", container: "docker" }, "2026-01-01"))).toContain("container-runtime-mismatch");
    expect(ids(os({ distro: "ubuntu-22.04", container: "podman" }, "2026-01-01"))).toContain(
      "container-runtime-mismatch",
    );
    expect(ids(os({ distro: "ubuntu-22.04", container: "docker" }, "2026-01-01"))).not.toContain(
      "container-runtime-mismatch",
    );
  });
  it("rootless Podman: blocker with Docker or before RHEL 8.8, warning below Podman 4.6.1, fine on 8.10 and 9.3+", () => {
    const rootless = (distro: string) =>
      os({ distro: distro as "rhel-9.4", rootlessPodman: true }, "2024-01-01").findings.find(
        (f) => f.id === "rootless-podman-requirements",
      );
    expect(rootless("ubuntu-22.04")?.severity).toBe("blocker");
    expect(rootless("rhel-8.7")?.severity).toBe("blocker");
    expect(rootless("rhel-8.8")?.severity).toBe("warning");
    expect(rootless("rhel-9.2")?.severity).toBe("warning");
    expect(rootless("rhel-8.10")).toBeUndefined();
    expect(rootless("rhel-9.3")).toBeUndefined();
  });
  it("compares container versions numerically, ignoring -rhel and the page's trailing dot", () => {
    expect(versionAtLeast("4.9.4-rhel", "4.6.1")).toBe(true);
    expect(versionAtLeast("4.4.1", "4.6.1")).toBe(false);
    expect(versionAtLeast("4.10", "4.6.1")).toBe(true);
    expect(versionAtLeast("4.6.1.", "4.6.1")).toBe(true);
    expect(versionAtLeast("5.8.2+", "5.8.2")).toBe(true);
  });
});

describe("lifecycle per edition (editions.md §4)", () => {
  it("a distribution an edition does not list is os-not-in-edition, naming the edition, its date and where it went", () => {
    const r = os({ distro: "ubuntu-22.04" }, "2026-11-30", "2026-09-03");
    expect(r.os.status).toBe("unsupported");
    expect(ids(r)).toEqual(["os-not-in-edition"]);
    expect(context(r, "os-not-in-edition")).toBe(
      "Edition 2026-09-03 of Microsoft's prerequisites page (dated Sep 3, 2026) does not list Ubuntu 22.04. It was last listed in edition 2026-03-27; edition 2026-08-06 dropped it.",
    );
    const newer = os({ distro: "rhel-9.6" }, "2024-11-01");
    expect(ids(newer)).toEqual(["os-not-in-edition"]);
    expect(context(newer, "os-not-in-edition")).toContain("A later edition (2025-04-15 (a)) lists it");
  });
  it("RHEL 9.4 today under the newest edition: the end has passed, and the page still lists it (stale row)", () => {
    const r = os({ distro: "rhel-9.4" }, "2026-11-30", "2026-09-03");
    expect(r.os.status).toBe("end-of-support");
    expect(ids(r)).toEqual(["os-listed-after-end", "os-end-of-support", "rhel-load-ip-tables"]);
    expect(context(r, "os-end-of-support")).toContain("Edition 2026-09-03 (dated Sep 3, 2026)");
    expect(context(r, "os-end-of-support")).toContain("ended on Nov 30, 2025");
  });
  it("an announced end: supported through the month's last day, ended from the next day", () => {
    const last = os({ distro: "rhel-9.4" }, "2025-11-30", "2025-04-15a");
    expect(last.os).toMatchObject({ status: "supported", supportEnds: "2025-11-30" });
    expect(ids(last)).toEqual(["os-end-announced", "rhel-load-ip-tables"]);
    expect(context(last, "os-end-announced")).toContain("0 days after the planning date");
    const next = os({ distro: "rhel-9.4" }, "2025-12-01", "2025-04-15a");
    expect(next.os.status).toBe("end-of-support");
    expect(ids(next)).not.toContain("os-listed-after-end");
  });
  it("the stale-row warning depends on the edition's own date, not the planning date", () => {
    expect(ids(os({ distro: "rhel-8.9" }, "2026-01-01", "2025-04-15b"))).not.toContain("os-listed-after-end");
    expect(ids(os({ distro: "rhel-8.9" }, "2026-01-01", "2026-03-27"))).toContain("os-listed-after-end");
  });
  it("RHEL 9.6 and Ubuntu 24.04 plan cleanly under the newest edition", () => {
    expect(ids(os({ distro: "rhel-9.6" }, "2026-11-30", "2026-09-03"))).toEqual(["rhel-load-ip-tables"]);
    expect(os({ distro: "rhel-9.6" }, "2026-11-30", "2026-09-03").os).toMatchObject({
      status: "supported",
      container: "podman",
      containerVersion: "5.4.0",
    });
    expect(ids(os({ distro: "ubuntu-24.04" }, "2026-11-30", "2026-09-03"))).toEqual([]);
  });
  it("the container requirement follows the row: exact version, '+' as at-least, Docker 19.03+", () => {
    const row = (e: EditionId, d: string) => getEdition(e).distros.find((r) => r.distro === d)!;
    expect(containerRequirement(row("2026-09-03", "rhel-9.8"))).toEqual({
      runtime: "podman",
      versions: ["5.8.2"],
      rule: "at-least",
    });
    expect(containerRequirement(row("2026-09-03", "rhel-9.3"))).toEqual({
      runtime: "podman",
      versions: ["4.6.1"],
      rule: "exact",
    });
    expect(containerRequirement(row("2024-10-24", "rhel-8.6"))).toEqual({
      runtime: "podman",
      versions: ["4.0", "3.0"],
      rule: "exact",
    });
    expect(containerRequirement(row("2026-09-03", "ubuntu-24.04"))).toEqual({
      runtime: "docker",
      versions: ["19.03"],
      rule: "at-least",
    });
  });
  it("the unverified RHEL 10.x rows say so; Podman 5 rows note netavark", () => {
    const notes = os({ distro: "rhel-10.2" }, "2026-11-30", "2026-09-03").os.notes.join(" ");
    expect(notes).toContain("no Microsoft source confirms the row");
    expect(notes).toContain("netavark");
  });
  it.each([...EDITION_IDS])("every distribution of edition %s evaluates", (edition) => {
    for (const row of getEdition(edition).distros) {
      const r = os({ distro: row.distro }, "2026-11-30", edition);
      expect(r.os.distro).toBe(row.distro);
      expect(ids(r)).not.toContain("os-not-in-edition");
    }
  });
});
