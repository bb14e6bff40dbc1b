"use client";

import type { ReactNode } from "react";
import { GermanSwap } from "@/components/ui/german-swap";

const load = () => import("./editions-log").then((m) => m.EditionsLog);

/** The editions log: English from the server, German loaded when the UI speaks German. */
export function EditionsByLocale({ children }: { children: ReactNode }) {
  return (
    <GermanSwap load={load} props={{ locale: "de" as const }}>
      {children}
    </GermanSwap>
  );
}
