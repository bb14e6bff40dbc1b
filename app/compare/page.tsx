import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComparePage } from "@/components/compare/compare-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compare");
  return { title: t("title") };
}

// Static page: which plans to compare is in the URL fragment and the plans are in this browser's storage.
export default function Page() {
  return <ComparePage />;
}
