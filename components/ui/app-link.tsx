"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, PointerEvent, TouchEvent } from "react";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/** The route a link's prefetch fetches: the path without its fragment ("/sources#S2" -> "/sources"). */
function prefetchPath(href: string): string {
  return href.split("#")[0] || "/";
}

/**
 * The app's link: Next's <Link>, prefetching on intent (pointer over it, a finger on it, keyboard focus) instead of
 * as soon as it scrolls into view. A wizard page shows ~30 links to 16 routes; prefetching each on sight decoded
 * every route's payload during the page's first seconds: five long tasks in Lighthouse's trace of /plan/devices,
 * and its median TBT was 1974 ms with them, 1728 ms without (3 runs each, one slow machine; issue 17). A link that
 * is about to be followed still starts its fetch 100-300 ms before the click, and a route prefetched once stays
 * cached for every link to it.
 */
export function AppLink({ href, onPointerEnter, onTouchStart, onFocus, ...rest }: Props) {
  const router = useRouter();
  const prefetch = () => router.prefetch(prefetchPath(href));
  return (
    <Link
      {...rest}
      href={href}
      prefetch={false}
      onPointerEnter={(e: PointerEvent<HTMLAnchorElement>) => {
        prefetch();
        onPointerEnter?.(e);
      }}
      onTouchStart={(e: TouchEvent<HTMLAnchorElement>) => {
        prefetch();
        onTouchStart?.(e);
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        prefetch();
        onFocus?.(e);
      }}
    />
  );
}
