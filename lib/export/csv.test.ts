import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPlan } from "@/lib/plan/defaults";
import { evaluatePlan } from "@/lib/report/evaluate";
import { buildChecklistCsv, listChecklistByOwner, type ChecklistCsvLabels } from "./checklist-csv";
import { buildCsv, csvCell } from "./csv";

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

describe("csvCell", () => {
  it.each([
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
  ])("%j becomes %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("any text reads back unchanged (after the formula guard) and never starts a formula", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = buildCsv(rows);
          expect(text.startsWith("\uFEFF")).toBe(true);
          const back = readCsv(text.slice(1));
          expect(back).toEqual(rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))));
          for (const cell of back.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});

const labels: ChecklistCsvLabels = {
  header: {
    owner: "Owner",
    phase: "Phase",
    task: "Task",
    detail: "Details",
    status: "Status",
    doneBy: "Done by",
    doneOn: "Done on",
    source: "Source",
  },
  owner: (o) =>
    ({
      intune: "Intune admin",
      linux: "Linux admin",
      network: "Network team",
      pki: "PKI team",
      security: "Security team",
    })[o],
  done: "Done",
  open: "Open",
};

describe("buildChecklistCsv", () => {
  const report = evaluatePlan(defaultPlan, { today: "2026-11-28" });

  it("groups the checklist by owner, keeps report order within an owner and carries the ticks", () => {
    const csv = buildChecklistCsv(
      report.checklist,
      { "load-tun": { done: true, by: "=Sam", on: "2026-12-01" } },
      labels,
    );
    expect(csv.startsWith("\uFEFFOwner,Phase,Task,Details,Status,Done by,Done on,Source\r\n")).toBe(true);
    const rows = readCsv(csv.slice(1)).slice(1);
    expect(rows).toHaveLength(report.checklist.length);
    const owners = rows.map((r) => r[0]);
    expect(owners).toEqual([...owners].sort((a, b) => owners.indexOf(a) - owners.indexOf(b)));
    expect(rows.map((r) => r[2])).toEqual(listChecklistByOwner(report.checklist).map((i) => i.title));
    const tun = rows.find((r) => r[2] === report.checklist.find((i) => i.id === "load-tun")!.title)!;
    expect(tun.slice(4, 7)).toEqual(["Done", "'=Sam", "2026-12-01"]);
    expect(rows.filter((r) => r[4] === "Done")).toHaveLength(1);
  });
});
