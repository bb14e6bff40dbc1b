import { Link, Text, View } from "@react-pdf/renderer";
import type { SourceRef } from "@/lib/catalog/sources-refs";
import { fmt, L } from "../labels";
import { colors, s } from "../styles";

/** "Source [3]: Microsoft Learn, …, section “Proxy” (edition 2024-10-24)" under a finding or checklist item. */
export function SourceLine({
  refs,
  numberOf,
  short,
}: {
  refs: readonly SourceRef[] | undefined;
  numberOf: (ref: SourceRef) => number;
  short?: boolean;
}) {
  if (!refs || refs.length === 0) return null;
  const text = short
    ? fmt(L.sourceNumbers, { numbers: refs.map((r) => `[${numberOf(r)}]`).join(" ") })
    : refs.map((r) => fmt(L.sourceLine, { number: numberOf(r), label: r.label })).join("\n");
  return <Text style={[s.small, s.muted]}>{text}</Text>;
}

/** The appendix that replaces internal fact numbers: every cited page and section once, numbered, with its address. */
export function SourcesAppendix({ list }: { list: readonly SourceRef[] }) {
  return (
    <View>
      <Text style={[s.h2, { marginTop: 0 }]} minPresenceAhead={60}>
        {L.sourcesAppendix}
      </Text>
      <Text style={s.para}>{list.length > 0 ? L.sourcesIntro : L.noSources}</Text>
      {list.map((ref, i) => (
        <View key={`${ref.id}-${i}`} style={{ flexDirection: "row", marginBottom: 4 }} wrap={false}>
          <Text style={{ width: 24, fontWeight: "bold" }}>[{i + 1}]</Text>
          <View style={{ flex: 1 }}>
            <Text>{ref.label}</Text>
            {ref.url ? (
              <Link src={ref.url} style={[s.small, { color: colors.brand, textDecoration: "none" }]}>
                {ref.url}
              </Link>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  );
}
