export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
export { MESSAGES, type Messages } from "./messages";
export { translate, createTranslator, renderMsg, msg, type MessageKey, type MessageValues, type Msg, type Translate } from "./translate";
export { createTexts, type Texts } from "./texts";
