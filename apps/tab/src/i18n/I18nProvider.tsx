import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Localized } from "@convenantbot/domain";
import { formatDate, formatInstant, formatNumber } from "./format";
import { translate, translateOr, type Lang, type MessageKey, type Params } from "./translate";

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  /** A key built from a domain value (e.g. `signal.type.${type}`), falling back to the value. */
  tk: (key: string, fallback: string) => string;
  l: (text: Localized) => string;
  date: (isoDate: string) => string;
  instant: (instant: string) => string;
  number: (value: number, fractionDigits?: number) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    tk: (key, fallback) => translateOr(lang, key, fallback),
    l: (text) => text[lang],
    date: (isoDate) => formatDate(lang, isoDate),
    instant: (instant) => formatInstant(lang, instant),
    number: (value, fractionDigits) => formatNumber(lang, value, fractionDigits),
  };
}

const I18nContext = createContext<I18n>(makeI18n("nl"));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
