import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, loadMessages } from "./messages";

// One locale for now; the catalog is keyed so more languages can follow without touching components.
export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  messages: await loadMessages(DEFAULT_LOCALE),
  timeZone: "UTC",
}));
