import { Text, View } from "@react-pdf/renderer";
import type { AppendixSheet } from "../appendix-pages";
import { L } from "../labels";
import { s } from "../styles";

type Props = { sheet: AppendixSheet; first: boolean; empty: boolean };

/** One page of the appendix: generated files in monospace, lines already wrapped to fit the page width. */
export function AppendixPage({ sheet, first, empty }: Props) {
  return (
    <View>
      {first ? (
        <>
          <Text style={[s.h2, { marginTop: 0 }]}>{L.appendix}</Text>
          <Text style={s.para}>{empty ? L.noFiles : L.appendixIntro}</Text>
        </>
      ) : null}
      {sheet.map((chunk) => (
        <View key={`${chunk.path}-${chunk.continued}`}>
          <Text style={{ fontWeight: "bold", fontSize: 9, marginTop: 6 }}>
            {chunk.path}
            {chunk.continued ? ` (${L.continued})` : ""}
          </Text>
          {chunk.continued ? null : <Text style={[s.small, s.muted, { marginBottom: 3 }]}>{chunk.purpose}</Text>}
          <View style={s.code}>
            {blocks(keepSpaces(chunk.lines)).map((block, i) => (
              <Text key={i} style={s.codeText}>
                {block}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}

// react-pdf collapses leading and repeated spaces; no-break spaces keep indentation (single spaces stay copyable).
function keepSpaces(lines: string[]): string[] {
  return lines.map((line) => line.replace(/^ +| {2,}/g, (run) => "\u00a0".repeat(run.length)));
}

// Several short Text blocks instead of one long one: cheaper for react-pdf to lay out.
function blocks(lines: string[], size = 20): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += size) out.push(lines.slice(i, i + size).join("\n"));
  return out;
}
