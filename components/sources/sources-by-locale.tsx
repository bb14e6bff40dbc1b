"use client";

import type { ReactNode } from "react";
import { GermanSwap } from "@/components/ui/german-swap";

const load = () => import("./sources-page").then((m) => m.SourcesPage);

/** The sources page: English from the server, German loaded when the UI speaks German. */
export function SourcesByLocale({ children }: { children: ReactNode }) {
  return (
    <GermanSwap load={load} props={{ language: "de" as const }}>
      {children}
    </GermanSwap>
  );
}
