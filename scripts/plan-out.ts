// Where and how --out writes: always inside DIR, never through a symbolic link found under DIR, and never
// into an existing file's inode (a temporary file renamed over it), so a booby-trapped folder cannot make
// the CLI write or chmod anything outside DIR.
import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { displayText } from "../lib/text-safety";

export type OutResult = { ok: true; path: string } | { ok: false; message: string };

/** The file's path as parts below DIR, or null for anything that could leave DIR. */
function pathParts(filePath: string): string[] | null {
  const parts = filePath.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.length === 0 || parts.some((p) => p === ".." || p.includes("\\") || p.includes("\0"))) return null;
  return parts;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;
const shown = (p: string) => displayText(p);

/** Makes sure DIR is a folder (created when missing); a file or anything else there is refused. */
export async function prepareOutDir(dir: string): Promise<OutResult> {
  try {
    const s = await stat(dir);
    return s.isDirectory()
      ? { ok: true, path: dir }
      : { ok: false, message: `--out: ${shown(dir)} is a file, not a folder` };
  } catch (error) {
    if (code(error) !== "ENOENT")
      return { ok: false, message: `--out: ${shown(dir)} cannot be used (${code(error) ?? String(error)})` };
  }
  try {
    await mkdir(dir, { recursive: true });
    return { ok: true, path: dir };
  } catch (error) {
    const why = code(error) === "ENOTDIR" ? "a part of the path is a file" : (code(error) ?? String(error));
    return { ok: false, message: `--out: cannot create ${shown(dir)} (${why})` };
  }
}

/**
 * Checks every existing part of DIR/<filePath> below DIR with lstat: a symbolic link (which could lead out
 * of DIR) or a non-folder where a folder is needed is refused. With `create`, missing folders are made.
 */
async function walkInside(
  dir: string,
  filePath: string,
  create: boolean,
): Promise<{ ok: true; target: string } | { ok: false; message: string }> {
  const parts = pathParts(filePath);
  if (!parts) return { ok: false, message: `${shown(filePath)}: refusing to write a path outside ${shown(dir)}` };
  let current = dir;
  for (const [i, part] of parts.entries()) {
    current = path.join(current, part);
    const isLast = i === parts.length - 1;
    let info;
    try {
      info = await lstat(current);
    } catch (error) {
      if (code(error) !== "ENOENT")
        return { ok: false, message: `${shown(current)}: cannot be checked (${code(error) ?? String(error)})` };
      if (!isLast && create) await mkdir(current, { mode: 0o755 });
      if (!isLast && !create) return { ok: true, target: path.join(dir, ...parts) };
      continue;
    }
    if (info.isSymbolicLink()) {
      return {
        ok: false,
        message: `${shown(current)}: is a symbolic link; refusing to follow it out of ${shown(dir)} (remove it or choose an empty folder)`,
      };
    }
    if (!isLast && !info.isDirectory())
      return { ok: false, message: `${shown(current)}: is a file where a folder is needed` };
    if (isLast && info.isDirectory())
      return { ok: false, message: `${shown(current)}: is a folder where a file is needed` };
  }
  return { ok: true, target: current };
}

/** Refuses up front, before anything is written, when any file would meet a link or a wrong kind of entry. */
export async function checkOutTargets(dir: string, filePaths: string[]): Promise<OutResult> {
  for (const filePath of filePaths) {
    const r = await walkInside(dir, filePath, false);
    if (!r.ok) return r;
  }
  return { ok: true, path: dir };
}

/** Writes DIR/<filePath> with exactly `mode`: a fresh file renamed into place, never following a link. */
export async function writeInside(
  dir: string,
  filePath: string,
  content: string | Uint8Array,
  mode: number,
): Promise<OutResult> {
  const walked = await walkInside(dir, filePath, true);
  if (!walked.ok) return walked;
  const target = walked.target;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  // "wx" = O_CREAT | O_EXCL: fails on any existing entry, a planted link included.
  const handle = await open(temp, "wx", 0o600);
  try {
    await handle.writeFile(content);
    await handle.chmod(mode);
    await handle.close();
    await rename(temp, target);
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw error;
  }
  return { ok: true, path: target };
}
