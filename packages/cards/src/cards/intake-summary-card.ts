import type { CheckResult, Deadline, Language, SupportProposal } from "@convenantbot/domain";
import type { AdaptiveCard, CardElement } from "../card-types.js";
import { execute, navigate } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { subtle, text } from "../elements/text.js";
import { outcomeLabel } from "../format/outcome.js";
import { titleText, type TitleText } from "../format/title.js";
import { msg } from "../messages/index.js";
import { deadlinesSection } from "../sections/deadlines.js";
import { compactHints } from "../sections/hints.js";
import { allRulesList, allRulesToggle } from "../sections/all-rules.js";
import { keyReasonsSection } from "../sections/key-reasons.js";
import { nextStepLine } from "../sections/next-step.js";
import { outcomeBanner } from "../sections/outcome-banner.js";
import { formatDate } from "../format/date.js";
import { INPUT_IDS, VERBS } from "./verbs.js";

export interface IntakeSummaryCardInput {
  result: CheckResult;
  rulebookTitle: TitleText;
  lang: Language;
  proposals: readonly SupportProposal[];
  deadlines: readonly Deadline[];
  /**
   * Who receives the aanmelding after submit (from the hand-off routing, with articles), and
   * whether the support party chosen below receives it too.
   */
  afterSubmit?: { lines: readonly string[]; support: boolean };
}

/** A choice title is plain text (no markdown in ChoiceSet titles): name, role, why. */
function proposalTitle(p: SupportProposal, lang: Language): string {
  return `${p.partyName} (${msg(lang, `role.${p.role}`)}): ${p.reason[lang]}`;
}

function afterSubmitSection(after: IntakeSummaryCardInput["afterSubmit"], lang: Language): CardElement[] {
  if (!after || (after.lines.length === 0 && !after.support)) return [];
  // One small sentence right under "Wat nu", not a section with a list: the summary stays under ~600 px.
  const who = [...after.lines, ...(after.support ? [msg(lang, "summary.afterSubmitSupport")] : [])].join("; ");
  return [text(`**${msg(lang, "summary.afterSubmit")}** ${who}.`, { spacing: "small", size: "small" })];
}

/**
 * End of the intake, answer first: outcome, the deciding rules with articles, hints, what happens
 * next, deadlines starting now, every rule behind "Toon alle regels", and who could support.
 * Actions (Action.Execute):
 * - `intake.choose`, data `{}`, input `supportPartyId` (a proposal's partyId; required when
 *   there are proposals). With no proposals there is no input and the button just saves.
 * - `intake.back`, data `{}`, associatedInputs "none": back to the last question to correct.
 */
export function intakeSummaryCard(input: IntakeSummaryCardInput): AdaptiveCard {
  const { result, lang, proposals } = input;
  const rulebook = titleText(lang, input.rulebookTitle);
  const body: CardElement[] = [
    // The peildatum shares the heading's line: one line less on a card that must stay short.
    subtle(
      `${msg(lang, "summary.heading", { rulebook })} · ${msg(lang, "check.asOf", { date: formatDate(result.asOf, lang) })}`,
    ),
    outcomeBanner(result.outcome, lang),
    ...keyReasonsSection(result.reasons, lang),
    ...compactHints(result.hints, lang, result.outcome),
    nextStepLine(result.outcome, lang, "summary"),
    ...afterSubmitSection(input.afterSubmit, lang),
    ...deadlinesSection(input.deadlines, lang),
    // The full list is hidden here; its toggle sits among the card's actions (one row less).
    ...allRulesList(result.reasons, lang),
  ];
  // Proposals last, right above the buttons: the choice and the action belong together. Each
  // choice says who the party is and why it is proposed, so no list repeats the names above it.
  if (proposals.length === 0) {
    body.push({ ...subtle(msg(lang, "summary.noProposals"), { spacing: "medium" }), separator: true });
  } else {
    body.push({
      type: "Input.ChoiceSet",
      id: INPUT_IDS.supportPartyId,
      label: msg(lang, "summary.chooseLabel"),
      isRequired: true,
      errorMessage: msg(lang, "summary.chooseError"),
      style: "expanded",
      wrap: true,
      choices: proposals.map((p) => ({ title: proposalTitle(p, lang), value: p.partyId })),
      ...(proposals.length === 1 ? { value: proposals[0]!.partyId } : {}),
    });
  }
  const chooseTitle = msg(lang, proposals.length > 0 ? "summary.choose" : "summary.storeWithoutParty");
  return adaptiveCard(
    lang,
    body,
    [
      execute(VERBS.intakeChoose, chooseTitle, {}, { style: "positive" }),
      navigate(VERBS.intakeBack, msg(lang, "summary.back")),
      ...allRulesToggle(result.reasons, lang),
    ],
    { fallbackText: `${msg(lang, "summary.heading", { rulebook })}: ${outcomeLabel(result.outcome, lang)}` },
  );
}
