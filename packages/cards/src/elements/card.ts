import type { Language } from "@convenantbot/domain";
import type { AdaptiveCard, CardAction, CardElement, Refresh } from "../card-types.js";

/**
 * Every card is version 1.5 (the newest Teams renders) without `$schema`: the property is
 * only an editor hint and costs bytes in a message with a size limit. No card-level `lang`
 * either: it only localises DATE()/TIME() functions, which we do not use, and adaptivecards
 * 3.0.6 validates it with a global regex that rejects every second card ("Invalid value").
 * `lang` is still a parameter so a later version can set it in one place.
 */
export function adaptiveCard(
  _lang: Language,
  body: CardElement[],
  actions: CardAction[] = [],
  extra: { fallbackText?: string; refresh?: Refresh } = {},
): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    version: "1.5",
    ...(extra.fallbackText ? { fallbackText: extra.fallbackText } : {}),
    ...(extra.refresh ? { refresh: extra.refresh } : {}),
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}
