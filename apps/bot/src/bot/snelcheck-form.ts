import { snelcheckSections, type IsoDate, type Language, type Rulebook } from "@convenantbot/domain";
import { snelcheckCard, type AdaptiveCard } from "@convenantbot/cards";

/** The snelcheck form as the bot shows it: in sections, one open at a time (also measured by the card height e2e). */
export function snelcheckForm(
  rulebook: Rulebook,
  lang: Language,
  asOf: IsoDate,
  prefill?: Readonly<Record<string, unknown>>,
): AdaptiveCard {
  return snelcheckCard({
    rulebook,
    lang,
    asOf,
    sections: snelcheckSections(rulebook, asOf),
    ...(prefill ? { prefill } : {}),
  });
}
