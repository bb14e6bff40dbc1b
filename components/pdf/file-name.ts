/** `<plan-name-slug>-checklist.pdf`, ASCII only so every file system and mail client keeps it. */
export function checklistFileName(planName: string): string {
  const slug = planName
    .normalize("NFKD")
    .replace(/ß/g, "ss")
    .replace(/[Łł]/g, "l")
    .replace(/[Øø]/g, "o")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return `${slug || "tunnel-plan"}-checklist.pdf`;
}
