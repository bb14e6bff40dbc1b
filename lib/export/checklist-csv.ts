// The checklist as a CSV by owner (issue 16): one row per item, grouped by the team that owns it, with the
// progress the plan carries, for Excel or a Microsoft Planner import.
import type { Progress } from "@/lib/plan/progress";
import type { ChecklistItem, ChecklistOwner } from "@/lib/report/types";
import { buildCsv } from "./csv";

export type ChecklistCsvLabels = {
  header: {
    owner: string;
    phase: string;
    task: string;
    detail: string;
    status: string;
    doneBy: string;
    doneOn: string;
    source: string;
  };
  owner: (owner: ChecklistOwner) => string;
  done: string;
  open: string;
};

/** Items grouped by owner in the order owners first appear; report order within each owner. */
export function listChecklistByOwner(items: readonly ChecklistItem[]): ChecklistItem[] {
  const owners = [...new Set(items.map((i) => i.owner))];
  return owners.flatMap((owner) => items.filter((i) => i.owner === owner));
}

export function buildChecklistCsv(
  items: readonly ChecklistItem[],
  progress: Progress,
  labels: ChecklistCsvLabels,
): string {
  const h = labels.header;
  const rows = listChecklistByOwner(items).map((item) => {
    const entry = progress[item.id];
    const done = entry?.done === true;
    return [
      labels.owner(item.owner),
      item.phase,
      item.title,
      item.detail,
      done ? labels.done : labels.open,
      done ? (entry.by ?? "") : "",
      done ? (entry.on ?? "") : "",
      item.fact,
    ];
  });
  return buildCsv([[h.owner, h.phase, h.task, h.detail, h.status, h.doneBy, h.doneOn, h.source], ...rows]);
}
