import type { CheckResult, Language } from "@convenantbot/domain";
import type { AdaptiveCard } from "../card-types.js";
import { adaptiveCard } from "../elements/card.js";
import { subtle } from "../elements/text.js";
import { outcomeLabel } from "../format/outcome.js";
import { titleText, type TitleText } from "../format/title.js";
import { msg } from "../messages/index.js";
import { hintsSection } from "../sections/hints.js";
import { missingSection, type FactQuestion } from "../sections/missing.js";
import { asOfLine, outcomeBanner, receiptLine } from "../sections/outcome-banner.js";
import { reasonsSection } from "../sections/reasons.js";

export interface CheckResultCardInput {
  result: CheckResult;
  rulebookTitle: TitleText;
  lang: Language;
  /** Optional: the rulebook's facts, so missing facts show as questions instead of names. */
  factQuestions?: readonly FactQuestion[];
}

/** The answer to a check (snelcheck or intake): outcome, every reason, hints, what is missing. No actions. */
export function checkResultCard(input: CheckResultCardInput): AdaptiveCard {
  const { result, lang } = input;
  const rulebook = titleText(lang, input.rulebookTitle);
  return adaptiveCard(
    lang,
    [
      subtle(msg(lang, "check.heading", { rulebook })),
      outcomeBanner(result.outcome, lang),
      asOfLine(result, lang),
      ...hintsSection(result.hints, lang),
      ...missingSection(result.missing, lang, input.factQuestions),
      ...reasonsSection(result.reasons, lang),
      receiptLine(result, lang),
    ],
    [],
    { fallbackText: `${msg(lang, "check.heading", { rulebook })}: ${outcomeLabel(result.outcome, lang)}` },
  );
}
