import type { Language, Outcome, Question } from "@convenantbot/domain";
import type { AdaptiveCard, CardElement } from "../card-types.js";
import { execute, navigate } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { subtle, text } from "../elements/text.js";
import { outcomeColor, outcomeLabel } from "../format/outcome.js";
import { titleText, type TitleText } from "../format/title.js";
import { factInput } from "../inputs/fact-input.js";
import { specFromQuestion } from "../inputs/field-spec.js";
import { localize, msg } from "../messages/index.js";
import { VERBS } from "./verbs.js";

export interface QuestionCardInput {
  question: Question;
  lang: Language;
  /** answered: questions answered so far; total: estimated total including those (the domain's missing list grows and shrinks). */
  progress: { answered: number; total?: number };
  runningOutcome?: Outcome;
  rulebookTitle: TitleText;
  /** The earlier answer, when the caseworker came back with "terug", so it can be kept or changed. */
  previousAnswer?: unknown;
}

/**
 * One intake question. The input's id is the fact name.
 * Actions (all Action.Execute, data `{ fact }`):
 * - `intake.answer`: sends the input `<fact>`; the client enforces isRequired first.
 * - `intake.back`, `intake.pause`, `intake.cancel`: associatedInputs "none", so an
 *   unanswered required input never traps the caseworker.
 */
export function questionCard(input: QuestionCardInput): AdaptiveCard {
  const { question, lang, progress } = input;
  const current = progress.answered + 1;
  const progressText =
    progress.total !== undefined && progress.total >= current
      ? msg(lang, "intake.progressOf", { current, total: progress.total })
      : msg(lang, "intake.progress", { current });
  const body: CardElement[] = [
    subtle(msg(lang, "intake.heading", { rulebook: titleText(lang, input.rulebookTitle) })),
    subtle(progressText, { spacing: "none" }),
  ];
  if (input.runningOutcome) {
    body.push(
      text(msg(lang, "intake.runningOutcome", { outcome: outcomeLabel(input.runningOutcome, lang) }), {
        size: "small",
        color: outcomeColor[input.runningOutcome],
        spacing: "none",
      }),
    );
  }
  body.push(...factInput(specFromQuestion(question), lang, "required", input.previousAnswer));
  const data = { fact: question.fact };
  return adaptiveCard(
    lang,
    body,
    [
      execute(VERBS.intakeAnswer, msg(lang, "intake.answer"), data, { style: "positive" }),
      navigate(VERBS.intakeBack, msg(lang, "intake.back"), data),
      navigate(VERBS.intakePause, msg(lang, "intake.pause"), data),
      { ...navigate(VERBS.intakeCancel, msg(lang, "intake.cancel"), data), style: "destructive" },
    ],
    { fallbackText: localize(lang, question.text) },
  );
}
