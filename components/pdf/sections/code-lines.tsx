import { Canvas } from "@react-pdf/renderer";
import { codeFont } from "../fonts";
import { CODE_FONT_SIZE, CODE_LINE, colors } from "../styles";

/** What react-pdf's Canvas hands to `paint`: pdfkit's drawing methods, chained (react-pdf types it as `any`). */
type Painter = {
  font(font: unknown, size: number): Painter;
  fillColor(color: string): Painter;
  text(text: string, x: number, y: number, options: { lineBreak: false }): Painter;
};

/**
 * Lines of code, already wrapped to the box (wrap.ts), drawn straight onto the page in DejaVu Sans Mono.
 * A <Text> would send every line through react-pdf's text layout (bidi, line breaking, a layout node per block):
 * for the appendix's ~25 pages of scripts that was more than half of the whole PDF's render time (issue 17), for
 * lines that need no breaking. Drawn this way they are still real text (selectable, searchable) in the same
 * embedded font, and their indentation needs no no-break spaces (react-pdf's text layout collapses runs of spaces).
 */
export function CodeLines({ lines }: { lines: string[] }) {
  return (
    <Canvas
      style={{ height: lines.length * CODE_LINE }}
      paint={(painter: Painter) => {
        painter.font(codeFont(), CODE_FONT_SIZE).fillColor(colors.ink);
        lines.forEach((line, i) => painter.text(line, 0, i * CODE_LINE, { lineBreak: false }));
        return null;
      }}
    />
  );
}
