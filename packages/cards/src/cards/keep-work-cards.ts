import type { Language, Localized } from "@convenantbot/domain";
import type { AdaptiveCard, CardElement } from "../card-types.js";
import { execute, navigate } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { subtle, text } from "../elements/text.js";
import { shortQuestion } from "../format/answer-label.js";
import { titleText, type TitleText } from "../format/title.js";
import { localize, msg } from "../messages/index.js";
import { INPUT_IDS, VERBS } from "./verbs.js";

/**
 * Cards that keep the caseworker's work (issue 15 item 3): nothing is thrown away on one
 * click. Every action is Action.Execute without inputs except "Wijzig", which sends `goto`.
 * `rev` is the intake's revision: a click on an older copy of the card is recognised as such.
 */

/** "Annuleer" asks first: Ja, annuleer (intake.cancel.confirm) / Nee, ga verder (intake.resume). */
export function confirmCancelCard(input: { answered: number; rev: number; lang: Language }): AdaptiveCard {
  const { lang } = input;
  const data = { rev: input.rev };
  const question = msg(lang, "keep.confirmCancel", { count: input.answered });
  return adaptiveCard(
    lang,
    [text(question, { weight: "bolder" }), subtle(msg(lang, "keep.confirmCancelHint"))],
    [
      { ...navigate(VERBS.intakeCancelConfirm, msg(lang, "keep.yesCancel"), data), style: "destructive" },
      { ...navigate(VERBS.intakeResume, msg(lang, "keep.noContinue"), data), style: "positive" },
    ],
    { fallbackText: question },
  );
}

/** A new intake was asked for while one is paused or running: continue it or start over. */
export function replaceIntakeCard(input: {
  paused: boolean;
  rulebookTitle: TitleText;
  answered: number;
  /** What "Begin opnieuw" starts: the rulebook and date the caseworker asked for, if any. */
  restart: { rulebook?: string; asOf?: string };
  lang: Language;
}): AdaptiveCard {
  const { lang } = input;
  const question = msg(lang, "keep.replaceQuestion", {
    status: msg(lang, input.paused ? "keep.statusPaused" : "keep.statusOpen"),
    rulebook: titleText(lang, input.rulebookTitle),
    count: input.answered,
  });
  return adaptiveCard(
    lang,
    [text(question, { weight: "bolder" }), subtle(msg(lang, "keep.replaceHint"))],
    [
      { ...navigate(VERBS.intakeResume, msg(lang, "keep.resumePaused")), style: "positive" },
      navigate(VERBS.intakeRestart, msg(lang, "keep.startOver"), { ...input.restart }),
    ],
    { fallbackText: question },
  );
}

export interface AnsweredQuestion {
  fact: string;
  question: Localized;
  /** The earlier answer as shown to the caseworker (answerLabel). */
  answer: string;
}

/**
 * "Wijzig een antwoord": any answered question, each with its earlier answer, as a dropdown
 * (an LV intake has ~20 answers; radio rows would make a wall). "Terug naar de uitkomst" or
 * "Terug naar de vraag" leaves everything as it was.
 */
export function changeAnswerCard(input: {
  answered: readonly AnsweredQuestion[];
  rev: number;
  lang: Language;
  ended: boolean;
}): AdaptiveCard {
  const { lang } = input;
  const data = { rev: input.rev };
  const body: CardElement[] = [
    {
      type: "Input.ChoiceSet",
      id: INPUT_IDS.goto,
      label: msg(lang, "keep.changeHeading"),
      isRequired: true,
      errorMessage: msg(lang, "keep.changeError"),
      style: "compact",
      wrap: true,
      placeholder: msg(lang, "common.choosePlaceholder"),
      choices: input.answered.map((a) => ({
        title: `${shortQuestion(localize(lang, a.question), 80)} — ${a.answer}`,
        value: a.fact,
      })),
    },
    subtle(msg(lang, "keep.changeHint")),
  ];
  return adaptiveCard(
    lang,
    body,
    [
      execute(VERBS.intakeGoto, msg(lang, "keep.changeSubmit"), data, { style: "positive" }),
      navigate(VERBS.intakeResume, msg(lang, input.ended ? "keep.toOutcome" : "keep.noContinue"), data),
    ],
    { fallbackText: msg(lang, "keep.changeHeading") },
  );
}

/** A paused (or unfinished) intake in "mijn aanmeldingen", with its resume button. */
export function pausedIntakeCard(input: {
  rulebookTitle: TitleText;
  answered: number;
  lang: Language;
  intakeId?: string;
}): AdaptiveCard {
  const { lang } = input;
  const title = msg(lang, "keep.pausedHeading", { rulebook: titleText(lang, input.rulebookTitle) });
  return adaptiveCard(
    lang,
    [
      text(title, { weight: "bolder" }),
      subtle(msg(lang, "keep.pausedDetails", { count: input.answered }), { spacing: "none" }),
    ],
    // The intake's id: "Ga verder" resumes this one, also from another chat than it was paused in.
    [
      {
        ...navigate(VERBS.intakeResume, msg(lang, "keep.resume"), input.intakeId ? { intakeId: input.intakeId } : {}),
        style: "positive",
      },
    ],
    { fallbackText: title },
  );
}

/** Actions a not-eligible result adds so the answers are not lost: change one, or start anew. */
export function notEligibleActions(input: { rev: number; rulebook: string; lang: Language }) {
  const { lang } = input;
  return {
    note: subtle(msg(lang, "keep.notEligibleKept")),
    actions: [
      {
        ...navigate(VERBS.intakeChange, msg(lang, "keep.changeAnswer"), { rev: input.rev }),
        style: "positive" as const,
      },
      navigate(VERBS.intakeRestart, msg(lang, "keep.newIntake"), { rulebook: input.rulebook }),
    ],
  };
}
