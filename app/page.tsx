import { HomeIntro } from "@/components/wizard/home-intro";
import { Landing } from "@/components/wizard/landing";

export default function HomePage() {
  return (
    <section aria-labelledby="home-title" className="max-w-3xl space-y-6">
      <HomeIntro />
      <Landing />
    </section>
  );
}
