"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

function Loading() {
  const t = useTranslations("compare");
  return <p role="status">{t("loading")}</p>;
}

/** Comparing needs the store and the engine: they load after the page is drawn (issue 17). */
export const ComparePage = dynamic(() => import("./compare-view").then((m) => m.CompareView), {
  ssr: false,
  loading: Loading,
});
