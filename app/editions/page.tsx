import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditionsLog } from "@/components/editions/editions-log";
import { GermanSwap } from "@/components/ui/german-swap";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editions");
  return { title: t("title") };
}

// Static: every edition and its changes, for anyone who just wants to know what moved (issue 10, item 4).
export default function EditionsPage() {
  return (
    <GermanSwap page="editions">
      <EditionsLog locale="en" />
    </GermanSwap>
  );
}
