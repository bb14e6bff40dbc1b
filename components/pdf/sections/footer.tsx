import { Text, View } from "@react-pdf/renderer";
import { fmt, L } from "../labels";
import { notePage } from "../page-progress";
import { s } from "../styles";

/** Repeated on every page: the plan name and "Page N of M". */
export function Footer({ planName }: { planName: string }) {
  return (
    <View style={s.footer} fixed>
      <Text style={s.footerName}>{planName}</Text>
      <Text
        style={s.pageNumber}
        render={({ pageNumber, totalPages }) => {
          notePage(pageNumber, totalPages);
          return fmt(L.page, { page: pageNumber, total: totalPages ?? pageNumber });
        }}
      />
    </View>
  );
}
