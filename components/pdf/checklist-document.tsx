import { Document, Page } from "@react-pdf/renderer";
import { indexSourceRefs } from "@/lib/catalog/sources-refs";
import type { Plan } from "@/lib/plan/schema";
import type { Report } from "@/lib/report/types";
import type { PdfContent } from "./content";
import { L, setPdfLocale } from "./labels";
import { paginateAppendix } from "./appendix-pages";
import { AppendixPage } from "./sections/appendix";
import { Checklist, SignOff } from "./sections/checklist";
import { Cover } from "./sections/cover";
import { Findings } from "./sections/findings";
import { Footer } from "./sections/footer";
import { Fqdns } from "./sections/fqdns";
import { OsStatus } from "./sections/os";
import { Ports } from "./sections/ports";
import { Sizing } from "./sections/sizing";
import { SourcesAppendix } from "./sections/sources";
import { CODE_FONT_SIZE, CODE_PADDING, MARGIN, PAGE_POINTS, s, type PageSize } from "./styles";
import { monospaceColumns } from "./wrap";

export type ChecklistPdfOptions = { pageSize: PageSize; shareUrl?: string; generatedOn: string; content?: PdfContent };

type Props = { plan: Plan; report: Report; options: ChecklistPdfOptions };

/** The checklist PDF: a view of the same report the review page shows; it computes nothing itself. */
export function ChecklistDocument({ plan, report, options }: Props) {
  const { pageSize, shareUrl, generatedOn, content = "full" } = options;
  // Every section below reads L in the plan's language (plan-format §4.1 `locale`).
  setPdfLocale(plan.locale);
  const checklistOnly = content === "checklist";
  // Two columns of slack for rounding; the code box has padding and a 1 pt border on each side.
  const codeWidth = PAGE_POINTS[pageSize].width - 2 * MARGIN.horizontal - 2 * CODE_PADDING - 2;
  const columns = monospaceColumns(codeWidth, CODE_FONT_SIZE) - 2;
  const shareUrlLines = shareUrl ? chunk(shareUrl, columns) : null;
  const sources = indexSourceRefs([...report.findings.map((f) => f.source), ...report.checklist.map((c) => c.source)]);
  const page = (key: string, children: React.ReactNode) => (
    <Page key={key} size={pageSize} style={s.page}>
      {children}
      <Footer planName={plan.name} />
    </Page>
  );
  return (
    <Document
      title={`${plan.name} – ${L.title}`}
      subject={L.kicker}
      creator="Tunnel Planner"
      producer="Tunnel Planner"
      language={plan.locale}
    >
      {page(
        "cover",
        <Cover
          plan={plan}
          report={report}
          generatedOn={generatedOn}
          shareUrl={shareUrl}
          shareUrlLines={shareUrlLines}
          checklistOnly={checklistOnly}
        />,
      )}
      {checklistOnly
        ? null
        : page(
            "requirements",
            <>
              <Findings findings={report.findings} numberOf={sources.numberOf} />
              <Sizing sizing={report.sizing} />
              <OsStatus os={report.os} />
              <Ports ports={report.ports} />
              <Fqdns fqdns={report.fqdns} />
            </>,
          )}
      {page(
        "checklist",
        <>
          <Checklist checklist={report.checklist} numberOf={sources.numberOf} progress={plan.progress} />
          <SignOff />
        </>,
      )}
      {page("sources", <SourcesAppendix list={sources.list} />)}
      {checklistOnly
        ? null
        : paginateAppendix(report.files, pageSize, columns).map((sheet, i) =>
            page(`appendix-${i}`, <AppendixPage sheet={sheet} first={i === 0} empty={report.files.length === 0} />),
          )}
    </Document>
  );
}

function chunk(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
