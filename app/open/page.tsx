import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OpenPage } from "@/components/share/open-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("share.open");
  return { title: t("metaTitle") };
}

// Static page: the plan is in the URL fragment, which only the browser sees.
export default function Page() {
  return <OpenPage />;
}
