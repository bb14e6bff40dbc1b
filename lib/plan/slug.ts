/**
 * The plan name as a file-name slug: ASCII letters, digits and single dashes, at most 60
 * characters, "tunnel-plan" when nothing is left. One rule for every file the app names after
 * the plan (plan file, checklist PDF, zip folder), so they sort together and every file system,
 * mail client and zip tool keeps them; "../" and other path characters never survive.
 */
export function planSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/ß/g, "ss")
    .replace(/[Łł]/g, "l")
    .replace(/[Øø]/g, "o")
    .replace(/[\u0300-\u036f]/g, "") // drop accents: "ü" -> "u"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "tunnel-plan";
}
