import type { Localized } from "@convenantbot/domain";
import { en } from "./en";
import { nl, type Catalogue, type MessageKey } from "./nl";

export type { MessageKey };
export type Lang = "nl" | "en";
export type Params = Readonly<Record<string, string | number>>;

export const catalogues: Readonly<Record<Lang, Catalogue>> = { nl, en };

/**
 * The text for `key`, with `{name}` placeholders filled. A placeholder without a param stays
 * visible: a half-filled sentence on screen is easier to notice than a crash in a view.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogues[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Dutch first: a Teams locale that is not English (nl-NL, but also fy-NL or de-DE) gets Dutch. */
export function langOf(locale: string | undefined | null): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "nl";
}

export const localized = (lang: Lang, text: Localized): string => text[lang];

/** For keys built from domain enums (signal.type.<type>): the key when it exists, else the raw value. */
export function translateOr(lang: Lang, key: string, fallback: string): string {
  return Object.hasOwn(catalogues[lang], key) ? catalogues[lang][key as MessageKey] : fallback;
}
