import type { Language, Localized } from "@convenantbot/domain";

/** A rulebook or party title as the caller has it: a domain Localized, or a plain string. */
export type TitleText = string | Localized;

export function titleText(lang: Language, title: TitleText): string {
  return typeof title === "string" ? title : title[lang];
}
