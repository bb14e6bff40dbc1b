import { Text, View } from "@react-pdf/renderer";
import { findDistro } from "@/lib/catalog/distros";
import { translate } from "@/lib/i18n";
import type { Report } from "@/lib/report/types";
import { L } from "../labels";
import { colors, s } from "../styles";
import { Bullets, KeyValues } from "./table";

const STATUS: Record<string, string> = {
  supported: L.statusSupported,
  "end-of-support": L.statusEndOfSupport,
  unsupported: L.statusUnsupported,
};

export function OsStatus({ os }: { os: Report["os"] }) {
  const color = os.status === "supported" ? colors.ink : colors.blocker;
  return (
    <View wrap={false}>
      <Text style={s.h2}>{L.os}</Text>
      <KeyValues
        rows={[
          [L.distro, `${findDistro(os.distro)?.label ?? os.distro} (${os.distro})`],
          [L.container, translate("en", "terms.runtime", { runtime: os.container })],
          [L.containerVersion, os.containerVersion ?? "–"],
          [L.supportEnds, os.supportEnds ?? L.noEndDate],
        ]}
      />
      <Text style={[s.bold, s.para, { color }]}>
        {L.status}: {STATUS[os.status] ?? os.status}
      </Text>
      <Bullets items={os.notes} />
    </View>
  );
}
