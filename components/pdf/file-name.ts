import { planSlug } from "@/lib/plan/slug";

/** `<plan-name-slug>-checklist.pdf`, ASCII only so every file system and mail client keeps it. */
export function checklistFileName(planName: string): string {
  return `${planSlug(planName)}-checklist.pdf`;
}
