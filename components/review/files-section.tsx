"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { Plan } from "@/lib/plan/schema";
import type { GeneratedFile } from "@/lib/report/types";
import { buttonClass } from "@/components/ui/button";
import { CodeBlock, CopyButton, DownloadButton } from "@/components/ui/code-block";
import { baseName, downloadBlob } from "@/components/ui/download";
import { ReviewSection } from "./section";

type ZipState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; file: string; count: number }
  | { kind: "failed"; message: string };

/** Every generated file with copy and download, plus the whole set as one zip (loaded on click). */
export function FilesSection({ files, plan }: { files: GeneratedFile[]; plan: Plan }) {
  const t = useTranslations("review.files");
  const [zip, setZip] = useState<ZipState>({ kind: "idle" });

  async function downloadAll() {
    setZip({ kind: "busy" });
    try {
      const { buildBundle, bundleFolder } = await import("@/lib/files/zip");
      const file = `${bundleFolder(plan.name)}-tunnel-files.zip`;
      // The zip also carries the plan file, so the count says one more than the list shows.
      downloadBlob(file, buildBundle({ files }, plan), "application/zip");
      setZip({ kind: "done", file, count: files.length + 1 });
    } catch (error) {
      setZip({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <ReviewSection id="files" title={t("title")} intro={files.length > 0 ? t("intro") : undefined}>
      {files.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="no-print flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={downloadAll}
            disabled={zip.kind === "busy"}
            aria-busy={zip.kind === "busy"}
            className={buttonClass("primary")}
          >
            {t("downloadAll")}
          </button>
          <span aria-live="polite" className={`text-sm ${zip.kind === "failed" ? "text-blocker" : "text-ink-muted"}`}>
            {zip.kind === "busy"
              ? t("zipping")
              : zip.kind === "done"
                ? t("zipDone", { file: zip.file, count: zip.count })
                : zip.kind === "failed"
                  ? t("zipFailed", { message: zip.message })
                  : ""}
          </span>
        </div>
      )}
      <ul className="space-y-5">
        {files.map((f, i) => (
          <FileItem key={f.path} file={f} index={i} />
        ))}
      </ul>
    </ReviewSection>
  );
}

function FileItem({ file, index }: { file: GeneratedFile; index: number }) {
  const t = useTranslations("review.files");
  const tr = useTranslations("review");
  const [open, setOpen] = useState(false);
  const name = baseName(file.path);
  const contentId = `file-content-${index}`;
  return (
    <li className="space-y-2" data-file-path={file.path}>
      <h3 className="font-mono text-sm font-semibold break-all">{file.path}</h3>
      <p className="text-sm text-ink-muted wrap-anywhere">{file.purpose}</p>
      <CodeBlock
        code={file.content}
        language={t(`kind.${file.kind}`)}
        label={t("codeLabel", { path: file.path })}
        id={contentId}
        collapsed={!open}
        actions={
          <>
            <button
              type="button"
              aria-expanded={open}
              aria-controls={contentId}
              onClick={() => setOpen((o) => !o)}
              className={`${buttonClass("ghost")} no-print !px-2 !py-1 text-sm`}
            >
              {open ? t("hide") : t("show")}
              <span className="sr-only"> {file.path}</span>
            </button>
            <CopyButton
              text={file.content}
              label={tr("copy")}
              ariaLabel={`${tr("copy")} ${file.path}`}
              copiedText={tr("copied", { what: name })}
              failedText={tr("copyFailed", { what: name })}
            />
            <DownloadButton
              fileName={name}
              content={file.content}
              label={tr("download")}
              ariaLabel={`${tr("download")} ${file.path}`}
            />
          </>
        }
      />
    </li>
  );
}
