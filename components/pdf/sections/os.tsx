import { Text, View } from "@react-pdf/renderer";
import { findDistro } from "@/lib/catalog/distros";
import { translate } from "@/lib/i18n/translate";
import type { Report } from "@/lib/report/types";
import { L, pdfDate, pdfLocale } from "../labels";
import { colors, s } from "../styles";
import { Bullets, KeyValues } from "./table";

// Read at render time: L holds the document's language only once ChecklistDocument has set it.
const status = (id: string): string =>
  ({ supported: L.statusSupported, "end-of-support": L.statusEndOfSupport, unsupported: L.statusUnsupported })[id] ??
  id;

export function OsStatus({ os }: { os: Report["os"] }) {
  const color = os.status === "supported" ? colors.ink : colors.blocker;
  return (
    <View wrap={false}>
      <Text style={s.h2}>{L.os}</Text>
      <KeyValues
        rows={[
          [L.distro, `${findDistro(os.distro)?.label ?? os.distro} (${os.distro})`],
          [L.container, translate(pdfLocale, "terms.runtime", { runtime: os.container })],
          [L.containerVersion, os.containerVersion ?? "–"],
          [L.supportEnds, os.supportEnds ? pdfDate(os.supportEnds) : L.noEndDate],
        ]}
      />
      <Text style={[s.bold, s.para, { color }]}>
        {L.status}: {status(os.status)}
      </Text>
      <Bullets items={os.notes} />
    </View>
  );
}
