"use client";

import { AppLink } from "@/components/ui/app-link";
import { useTranslations } from "next-intl";
import { stepList as steps, stepHref } from "./step-list";

/** Ordered list of the wizard steps; the current one carries aria-current="step". */
export function Stepper({ current }: { current: string }) {
  const t = useTranslations("wizard");
  const all = [...steps.map((s) => ({ id: s.id, href: stepHref(s.id) })), { id: "review", href: "/review" }];
  return (
    <nav aria-label={t("stepperLabel")} className="no-print">
      <ol className="flex flex-wrap gap-1 lg:flex-col">
        {all.map((s, i) => {
          const active = s.id === current;
          return (
            <li key={s.id}>
              <AppLink
                href={s.href}
                aria-current={active ? "step" : undefined}
                className={`flex items-center gap-2 rounded-md px-3 py-1.5 text-sm no-underline ${
                  active ? "bg-brand font-semibold text-white dark:text-surface" : "text-ink hover:bg-surface-muted"
                }`}
              >
                <span aria-hidden="true" className="w-4 text-right tabular-nums">
                  {i + 1}
                </span>
                {t(`steps.${s.id}`)}
              </AppLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
