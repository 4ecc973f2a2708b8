import type { Language, Localized } from "@convenantbot/domain";
import { en } from "./en.js";
import { nl, type Catalogue, type MessageKey } from "./nl.js";

export type { Catalogue, MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;

export const catalogues: Readonly<Record<Language, Catalogue>> = { nl, en };

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled from `params`.
 * A placeholder without a param stays visible as `{name}`: a half-filled sentence in a card
 * is easier to notice and fix than a thrown error in the middle of a bot turn.
 */
export function msg(lang: Language, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The text of a domain `Localized` in the user's language. */
export function localize(lang: Language, text: Localized): string {
  return text[lang];
}

/** Placeholder names used in a template, for tests and tooling. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
