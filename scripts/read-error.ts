/** Why a file the CLI was given could not be read, in words (plan file, certificate). */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT"
    ? "no such file"
    : code === "EISDIR"
      ? "is a directory"
      : code === "EACCES"
        ? "permission denied"
        : String(code ?? error);
}
