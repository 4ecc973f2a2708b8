import type { CheckResult, Language } from "@convenantbot/domain";
import type { AdaptiveCard } from "../card-types.js";
import { adaptiveCard } from "../elements/card.js";
import { subtle } from "../elements/text.js";
import { outcomeLabel } from "../format/outcome.js";
import { titleText, type TitleText } from "../format/title.js";
import { msg } from "../messages/index.js";
import { hintsSection } from "../sections/hints.js";
import { missingSection, type FactQuestion } from "../sections/missing.js";
import { allRulesSection } from "../sections/all-rules.js";
import { keyReasonsSection } from "../sections/key-reasons.js";
import { nextStepLine } from "../sections/next-step.js";
import { asOfLine, outcomeBanner } from "../sections/outcome-banner.js";

export interface CheckResultCardInput {
  result: CheckResult;
  rulebookTitle: TitleText;
  lang: Language;
  /** The rulebook's facts, so missing facts show as questions; without them no open question is listed. */
  factQuestions?: readonly FactQuestion[];
}

/**
 * The answer to a check (snelcheck or intake), answer first: the outcome, the rules that decide it
 * (failed, for review, open) with their articles, what could change it, what happens next and the
 * questions still open; every rule behind "Toon alle regels" (a client-side toggle, no bot action).
 * The rulebook's fingerprint is in the stored receipt, not on the card.
 */
export function checkResultCard(input: CheckResultCardInput): AdaptiveCard {
  const { result, lang } = input;
  const rulebook = titleText(lang, input.rulebookTitle);
  return adaptiveCard(
    lang,
    [
      subtle(msg(lang, "check.heading", { rulebook })),
      outcomeBanner(result.outcome, lang),
      asOfLine(result, lang),
      ...keyReasonsSection(result.reasons, lang),
      ...hintsSection(result.hints, lang, result.outcome),
      nextStepLine(result.outcome, lang, "check"),
      ...missingSection(result.missing, lang, input.factQuestions, result.outcome),
      ...allRulesSection(result.reasons, lang),
    ],
    [],
    { fallbackText: `${msg(lang, "check.heading", { rulebook })}: ${outcomeLabel(result.outcome, lang)}` },
  );
}
