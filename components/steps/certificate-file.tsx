"use client";

import { useRef, useState, type DragEvent } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { applyCertificate, removeCertificate } from "@/lib/cert/apply";
import { MAX_CERT_FILE_BYTES, type CertificateSummary } from "@/lib/cert/schema";
import { translate } from "@/lib/i18n/translate";
import type { Plan } from "@/lib/plan/schema";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { fieldId } from "@/components/wizard/field-id";
import { usePlanStore } from "@/state/plan-store";
import { CertificateSummaryView } from "./certificate-summary";

type Pending = { name: string; bytes: Uint8Array };
type CertIssueCode = Parameters<typeof translate>[1] extends infer K
  ? K extends `findings.tls-cert-unreadable.context.${infer C}`
    ? C
    : never
  : never;

const ID = fieldId("tls.certificate");

/** facts#43: load a PEM/DER/PFX file; the parser is fetched only now, the bytes and password stay in this component's memory. */
export function CertificateFile() {
  const t = useTranslations("certificate");
  const locale = usePlanStore((s) => s.plan.locale);
  const { setValue, getValues } = useFormContext();
  const certificate = useWatch({ name: "tls.certificate" }) as CertificateSummary | null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState<Pending | null>(null);
  const [password, setPassword] = useState("");
  const [dragging, setDragging] = useState(false);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [keyInFile, setKeyInFile] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const fail = (code: CertIssueCode, values: Record<string, string | number> = {}) => {
    setError(translate(locale, `findings.tls-cert-unreadable.context.${code}`, values));
    setStatus("");
  };

  async function check(name: string, bytes: Uint8Array, pw?: string) {
    setBusy(true);
    setError(null);
    setStatus(t("reading"));
    try {
      const { parseCertificateFile } = await import("@/lib/cert/parse");
      const result = await parseCertificateFile(bytes, { password: pw });
      if (!result.ok) {
        const issue = result.issues[0]!;
        if (issue.code === "password-required" || issue.code === "wrong-password") setPending({ name, bytes });
        else setPending(null);
        return fail(issue.code, {
          bytes: Number(issue.detail ?? 0),
          max: MAX_CERT_FILE_BYTES,
          count: issue.detail ?? "",
          detail: issue.detail ?? "",
        });
      }
      setPending(null);
      setPassword("");
      setSkipped(result.details.skipped);
      setKeyInFile(result.details.keyInFile);
      const tls = applyCertificate(getValues("tls") as Plan["tls"], result.value);
      setValue("tls", tls, { shouldDirty: true, shouldValidate: true });
      setStatus("");
    } finally {
      setBusy(false);
    }
  }

  async function load(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_CERT_FILE_BYTES) return fail("too-large", { bytes: file.size, max: MAX_CERT_FILE_BYTES });
    await check(file.name, new Uint8Array(await file.arrayBuffer()));
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void load(e.dataTransfer.files[0]);
  }

  function remove() {
    setValue("tls", removeCertificate(getValues("tls") as Plan["tls"]), { shouldDirty: true, shouldValidate: true });
    setSkipped([]);
    setKeyInFile(false);
    setStatus(t("removed"));
    input.current?.focus();
  }

  return (
    <div className="field-target space-y-3 rounded-md" data-field={ID}>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`space-y-2 rounded-lg border-2 border-dashed p-4 ${dragging ? "border-brand bg-surface-muted" : "border-line"}`}
        data-testid="certificate-drop"
      >
        <label htmlFor={ID} className="block font-medium">
          {t("fileLabel")}
        </label>
        <input
          ref={input}
          id={ID}
          type="file"
          accept=".pem,.crt,.cer,.der,.pfx,.p12,application/x-pkcs12,application/x-x509-ca-cert,application/pkix-cert"
          aria-describedby={`${ID}-help${error ? ` ${ID}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          disabled={busy}
          onChange={(e) => void load(e.target.files?.[0])}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-2 file:font-medium"
        />
        <p className="text-sm text-ink-muted" aria-hidden="true">
          {dragging ? t("dropActive") : t("drop")}
        </p>
        <p id={`${ID}-help`} className="text-sm text-ink-muted">
          {t("fileHelp")}
        </p>
      </div>
      {pending ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1 space-y-1">
            <label htmlFor={`${ID}-password`} className="block font-medium">
              {t("passwordLabel")} ({pending.name})
            </label>
            <input
              id={`${ID}-password`}
              type="password"
              autoComplete="off"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== "Enter") return;
                e.preventDefault();
                void check(pending.name, pending.bytes, password);
              }}
              aria-describedby={`${ID}-password-help`}
              className={inputClass}
            />
            <p id={`${ID}-password-help`} className="text-sm text-ink-muted">
              {t("passwordHelp")}
            </p>
          </div>
          <Button
            variant="primary"
            disabled={busy}
            className="mb-6"
            onClick={() => void check(pending.name, pending.bytes, password)}
          >
            {t("open")}
          </Button>
        </div>
      ) : null}
      {error ? (
        <p id={`${ID}-error`} role="alert" className="text-sm font-medium text-blocker">
          {t("errorTitle")}: {error}
        </p>
      ) : null}
      <p role="status" className="sr-only">
        {status}
      </p>
      {certificate ? (
        <>
          <CertificateSummaryView certificate={certificate} skipped={skipped} keyInFile={keyInFile} />
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="danger" onClick={remove}>
              {t("remove")}
            </Button>
            <p className="text-sm text-ink-muted">{t("fromFile", { format: certificate.format.toUpperCase() })}</p>
          </div>
        </>
      ) : null}
    </div>
  );
}
