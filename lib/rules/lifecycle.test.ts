import { describe, expect, it } from "vitest";
import { DISTROS, findDistro } from "@/lib/catalog/distros";
import { createTexts } from "@/lib/i18n";
import { parsePlan, type PlanInput } from "@/lib/plan";
import { computeOs, lastDayOfMonth, supportEndDate, versionAtLeast } from "./lifecycle";

const plan = (input: PlanInput) => {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const os = (server: PlanInput["server"], date: string) => computeOs(plan({ server, planningDate: date }), date, createTexts("en"));
const ids = (r: ReturnType<typeof os>) => r.findings.map((f) => f.id);

describe("lifecycle", () => {
  it("a month-only end date lasts through the month's last day", () => {
    expect(lastDayOfMonth("2024-06")).toBe("2024-06-30");
    expect(lastDayOfMonth("2024-02")).toBe("2024-02-29");
    expect(lastDayOfMonth("2023-02")).toBe("2023-02-28");
    expect(lastDayOfMonth("2024-12")).toBe("2024-12-31");
  });
  it("CentOS 7 is supported through 2024-06-30 and ended on 2024-07-01", () => {
    expect(os({ distro: "centos-7" }, "2024-06-30").os).toMatchObject({ status: "supported", supportEnds: "2024-06-30", container: "docker" });
    const after = os({ distro: "centos-7" }, "2024-07-01");
    expect(after.os.status).toBe("end-of-support");
    expect(ids(after)).toEqual(["os-end-of-support"]);
  });
  it("RHEL 9.0 records both June and February 2024; the earlier decides and the finding names both", () => {
    const rhel90 = findDistro("rhel-9.0");
    expect(rhel90?.supportEnds).toEqual(["2024-06", "2024-02"]);
    expect(rhel90 && supportEndDate(rhel90)).toBe("2024-02-29");
    expect(os({ distro: "rhel-9.0" }, "2024-02-29").os.status).toBe("supported");
    const march = os({ distro: "rhel-9.0" }, "2024-03-01");
    expect(march.os.status).toBe("end-of-support");
    const detail = march.findings.find((f) => f.id === "os-end-of-support")?.context ?? "";
    expect(detail).toContain("June 2024 and February 2024");
    expect(os({ distro: "rhel-9.0" }, "2024-01-01").os.notes).toContain("The source states two end-of-support dates: June 2024 and February 2024; the earlier one is used.");
    expect(os({ distro: "centos-7" }, "2024-01-01").os.notes).toContain("Support ends on 2024-06-30; plan the move to a newer release.");
  });
  it("named non-supported entries are unsupported", () => {
    expect(os({ distro: "ubuntu-18.04" }, "2022-01-01").os.status).toBe("unsupported");
    expect(ids(os({ distro: "ubuntu-18.04" }, "2022-01-01"))).toEqual(["os-unsupported"]);
    expect(ids(os({ distro: "centos-8" }, "2022-01-01"))).toContain("os-unsupported");
  });
  it("supported rows without an end date stay supported", () => {
    expect(os({ distro: "ubuntu-22.04" }, "2030-01-01").os).toMatchObject({ status: "supported", supportEnds: null, containerVersion: "Docker CE 19.03 or later" });
    expect(os({ distro: "rhel-9.4" }, "2026-11-28").os).toMatchObject({ container: "podman", containerVersion: "4.9.4-rhel" });
  });
  it("every RHEL 8/9 row warns about ip_tables; Ubuntu and RHEL 7 do not", () => {
    for (const d of DISTROS) {
      const expected = d.family === "rhel" && d.id !== "rhel-7";
      expect(ids(os({ distro: d.id }, "2024-01-01")).includes("rhel-load-ip-tables")).toBe(expected);
    }
  });
  it("container runtime mismatch", () => {
    expect(ids(os({ distro: "rhel-9.4", container: "docker" }, "2026-01-01"))).toContain("container-runtime-mismatch");
    expect(ids(os({ distro: "ubuntu-22.04", container: "podman" }, "2026-01-01"))).toContain("container-runtime-mismatch");
    expect(ids(os({ distro: "ubuntu-22.04", container: "docker" }, "2026-01-01"))).not.toContain("container-runtime-mismatch");
  });
  it("rootless Podman: blocker with Docker or before RHEL 8.8, warning below Podman 4.6.1, fine on 8.10 and 9.3+", () => {
    const rootless = (distro: string) => os({ distro: distro as "rhel-9.4", rootlessPodman: true }, "2024-01-01").findings.find((f) => f.id === "rootless-podman-requirements");
    expect(rootless("ubuntu-22.04")?.severity).toBe("blocker");
    expect(rootless("rhel-8.7")?.severity).toBe("blocker");
    expect(rootless("rhel-8.8")?.severity).toBe("warning");
    expect(rootless("rhel-9.2")?.severity).toBe("warning");
    expect(rootless("rhel-8.10")).toBeUndefined();
    expect(rootless("rhel-9.3")).toBeUndefined();
  });
  it("Podman v3→v4 note for RHEL 8.6 and 8.7", () => {
    expect(os({ distro: "rhel-8.6" }, "2024-01-01").os.notes.join(" ")).toContain("reinstall");
  });
  it("compares container versions numerically", () => {
    expect(versionAtLeast("4.9.4-rhel", "4.6.1")).toBe(true);
    expect(versionAtLeast("4.4.1", "4.6.1")).toBe(false);
    expect(versionAtLeast("4.10", "4.6.1")).toBe(true);
  });
});
