import { StyleSheet } from "@react-pdf/renderer";
import { MONO, SANS } from "./fonts";

export type PageSize = "A4" | "LETTER";

/** Page geometry in points; tests use it to check that no word runs past the margins. */
export const PAGE_POINTS: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};
export const MARGIN = { top: 42, bottom: 58, horizontal: 42 } as const;
export const CODE_FONT_SIZE = 7;
export const CODE_PADDING = 6;
// DejaVu's line height (ascent + descent) is 1.164 em; react-pdf uses it for text without a lineHeight, and the
// appendix draws its code lines this far apart (sections/code-lines.tsx).
export const LINE_RATIO = 1.1641;
export const CODE_LINE = CODE_FONT_SIZE * LINE_RATIO;

export const colors = {
  ink: "#111827",
  muted: "#4b5563",
  line: "#d1d5db",
  head: "#f3f4f6",
  brand: "#0f766e",
  blocker: "#b91c1c",
  warning: "#a16207",
  info: "#1d4ed8",
} as const;

export const s = StyleSheet.create({
  page: {
    fontFamily: SANS,
    fontSize: 9,
    // No page-wide lineHeight: it makes react-pdf drop dynamic (render) text such as the page numbers.
    color: colors.ink,
    paddingTop: MARGIN.top,
    paddingBottom: MARGIN.bottom,
    paddingHorizontal: MARGIN.horizontal,
  },
  h1: { fontSize: 22, fontWeight: "bold", marginBottom: 6, color: colors.ink },
  h2: { fontSize: 14, fontWeight: "bold", marginTop: 14, marginBottom: 6, color: colors.brand },
  h3: { fontSize: 10.5, fontWeight: "bold", marginTop: 8, marginBottom: 4 },
  muted: { color: colors.muted },
  small: { fontSize: 8 },
  bold: { fontWeight: "bold" },
  para: { marginBottom: 4 },
  bullet: { flexDirection: "row", marginBottom: 2 },
  bulletMark: { width: 10 },
  bulletText: { flex: 1 },
  // Borders sit on rows and cells, not the table box, so a table split across pages has no dangling lines. The
  // space after a table is a sibling (tableGap), not a margin: react-pdf moves a box that fits a page to the next
  // one when its bottom margin does not fit, and a table with a repeated header would then leave its heading behind.
  tableGap: { height: 8 },
  row: { flexDirection: "row", borderBottomWidth: 1, borderLeftWidth: 1, borderColor: colors.line },
  headRow: {
    flexDirection: "row",
    borderWidth: 1,
    borderRightWidth: 0,
    borderColor: colors.line,
    backgroundColor: colors.head,
  },
  cell: { paddingVertical: 3, paddingHorizontal: 4, borderRightWidth: 1, borderColor: colors.line },
  headCell: { fontWeight: "bold", fontSize: 8 },
  tickBox: { width: 10, height: 10, borderWidth: 1, borderColor: colors.ink, marginTop: 1 },
  tick: { fontSize: 8, lineHeight: 1, textAlign: "center" },
  badge: { fontSize: 7.5, fontWeight: "bold" },
  codeText: { fontFamily: MONO, fontSize: CODE_FONT_SIZE },
  code: {
    padding: CODE_PADDING,
    backgroundColor: "#f9fafb",
    borderWidth: 1,
    borderColor: colors.line,
    marginBottom: 10,
  },
  footer: {
    position: "absolute",
    bottom: 24,
    left: MARGIN.horizontal,
    right: MARGIN.horizontal,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: colors.muted,
    borderTopWidth: 1,
    borderColor: colors.line,
    paddingTop: 5,
  },
  footerName: { flex: 1, marginRight: 12, maxLines: 1, textOverflow: "ellipsis" },
  pageNumber: { width: 90, textAlign: "right" },
});
