import { Text, View } from "@react-pdf/renderer";
import { CodeLines } from "./code-lines";
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
            <CodeLines lines={chunk.lines} />
          </View>
        </View>
      ))}
    </View>
  );
}
