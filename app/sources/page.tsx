import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SourcesPage } from "@/components/sources/sources-page";
import { GermanSwap } from "@/components/ui/german-swap";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sources.page");
  return { title: t("title") };
}

// Static: the registry is data; only the "your checklist" lists read the stored plan in the browser.
export default function Sources() {
  return (
    <GermanSwap page="sources">
      <SourcesPage language="en" />
    </GermanSwap>
  );
}
