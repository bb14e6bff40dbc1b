"use client";

import dynamic from "next/dynamic";
import { ReviewSkeleton } from "./review-skeleton";

/**
 * The review needs the store, the engine and the catalogs; the page's first paint does not wait for them
 * (issue 17). The skeleton is what the server renders and what shows while they load.
 */
export const ReviewPage = dynamic(() => import("./review-view").then((m) => m.ReviewView), { ssr: false, loading: ReviewSkeleton });
