"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

function Loading() {
  const t = useTranslations("share");
  return <p role="status">{t("open.loading")}</p>;
}

/** Opening a link needs the codec, the plan schema and the store: they load after the page is drawn (issue 17). */
export const OpenPage = dynamic(() => import("./open-shared-plan").then((m) => m.OpenSharedPlan), {
  ssr: false,
  loading: Loading,
});
