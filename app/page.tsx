import { getTranslations } from "next-intl/server";
import { Landing } from "@/components/wizard/landing";

export default async function HomePage() {
  const t = await getTranslations("landing");
  return (
    <section aria-labelledby="home-title" className="max-w-3xl space-y-6">
      <h1 id="home-title" className="text-3xl font-bold tracking-tight">
        {t("title")}
      </h1>
      <p className="text-lg text-ink-muted">{t("intro")}</p>
      <Landing />
    </section>
  );
}
