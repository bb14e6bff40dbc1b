/**
 * The one quoting helper for every value that reaches a generated shell script.
 * Plan text is already restricted by the schema grammars; quoting is defence in depth.
 */
const SAFE_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** POSIX single-quote a value so the shell reads it as one literal word. */
export function shellQuote(value: string | number): string {
  const text = String(value);
  if (text !== "" && SAFE_WORD.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Quote every argument and join them into one command line. */
export function shellCommand(...words: (string | number)[]): string {
  return words.map(shellQuote).join(" ");
}

/** A script section: a one-line comment (why, with the fact cited) and its body lines. */
export interface ScriptSection {
  comment: string;
  lines: string[];
}

export function section(comment: string, lines: string[]): ScriptSection {
  return { comment, lines };
}

/** Join sections in order under a shebang; blank line between sections, trailing newline. */
export function joinScript(header: string[], sections: ScriptSection[]): string {
  const parts = [["#!/usr/bin/env bash", ...header].join("\n")];
  for (const s of sections) {
    if (s.lines.length === 0) continue;
    parts.push([`# ${s.comment}`, ...s.lines].join("\n"));
  }
  return parts.join("\n\n") + "\n";
}

/** Lines joined with a trailing newline (every generated file ends with one). */
export function joinLines(lines: string[]): string {
  return lines.join("\n") + "\n";
}
