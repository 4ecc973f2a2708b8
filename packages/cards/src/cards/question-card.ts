import type { Language, Localized, Outcome, Question } from "@convenantbot/domain";
import type { AdaptiveCard, CardAction, CardElement } from "../card-types.js";
import { execute, navigate } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { subtle, text } from "../elements/text.js";
import { answerLabel, shortQuestion } from "../format/answer-label.js";
import { outcomeColor, outcomeLabel } from "../format/outcome.js";
import { titleText, type TitleText } from "../format/title.js";
import { factInput } from "../inputs/fact-input.js";
import { specFromQuestion } from "../inputs/field-spec.js";
import { localize, msg } from "../messages/index.js";
import { checklistInput } from "./checklist-input.js";
import type { AnsweredQuestion } from "./keep-work-cards.js";
import { VERBS } from "./verbs.js";

export interface QuestionGroupInput {
  id: string;
  title?: Localized;
  /** The group's open questions, the one the intake is at first. */
  questions: readonly Question[];
}

export interface QuestionCardInput {
  question: Question;
  lang: Language;
  /** answered: questions answered so far; total: estimated total including those (the domain's missing list grows and shrinks). */
  progress: { answered: number; total?: number };
  runningOutcome?: Outcome;
  rulebookTitle: TitleText;
  /** The earlier answer, when the caseworker came back with "terug" or "wijzig", so it can be kept or changed. */
  previousAnswer?: unknown;
  /** Answered so far, oldest first: the last few are summarised at the top of the one intake card. */
  answered?: readonly AnsweredQuestion[];
  /** The intake's revision: in every action's data, so a click on an older card is recognised. */
  revision?: number;
  /** Related yes/no questions asked as one checklist (the rulebook's question group). */
  group?: QuestionGroupInput;
}

/** How many answers the summary names; the rest are counted ("en 12 eerdere"). */
const SUMMARY_SHOWN = 3;

function answeredSummary(answered: readonly AnsweredQuestion[], lang: Language): CardElement[] {
  if (answered.length === 0) return [];
  const shown = answered.slice(-SUMMARY_SHOWN);
  const lines = shown.map((a) => `✓ ${shortQuestion(localize(lang, a.question), 55)} **${a.answer}**`);
  const earlier = answered.length - shown.length;
  if (earlier > 0) lines.unshift(msg(lang, "keep.answeredMore", { count: earlier }));
  return [
    {
      type: "Container",
      style: "emphasis",
      spacing: "small",
      items: [subtle(`${msg(lang, "keep.answeredSummary", { count: answered.length })}\n${lines.join("\n")}`)],
    },
  ];
}

function typedHint(question: Question, lang: Language, grouped: boolean): string {
  if (grouped) return msg(lang, "keep.typeGroup");
  if (question.answer === "boolean") return msg(lang, "keep.typeBoolean");
  if (question.answer === "choice" || question.answer === "multi-choice") return msg(lang, "keep.typeChoice");
  return msg(lang, "keep.typeValue");
}

/**
 * The one intake card: Teams replaces it in place after every answer (Action.Execute), so it
 * carries what came before as a compact summary. The input's id is the fact name, or
 * `checklist` for a group.
 * Actions (all Action.Execute, data `{ fact, rev? }`, a group adds `{ group, facts }`):
 * - `intake.answer`: sends the input; the client enforces isRequired first.
 * - `intake.back`, `intake.change` (when something was answered), `intake.pause`,
 *   `intake.cancel`: associatedInputs "none", so an unanswered required input never traps the caseworker.
 */
export function questionCard(input: QuestionCardInput): AdaptiveCard {
  const { question, lang, progress } = input;
  const current = progress.answered + 1;
  const progressText =
    progress.total !== undefined && progress.total >= current
      ? msg(lang, "intake.progressOf", { current, total: progress.total })
      : msg(lang, "intake.progress", { current });
  const body: CardElement[] = [
    subtle(`${msg(lang, "intake.heading", { rulebook: titleText(lang, input.rulebookTitle) })} · ${progressText}`),
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
  body.push(...answeredSummary(input.answered ?? [], lang));
  const group = input.group && input.group.questions.length > 1 ? input.group : undefined;
  if (group) body.push(...checklistInput(group, lang));
  else body.push(...factInput(specFromQuestion(question), lang, "required", input.previousAnswer));
  if (!group && input.previousAnswer !== undefined) {
    body.push(subtle(msg(lang, "keep.earlierAnswer", { answer: answerLabel(question, input.previousAnswer, lang) })));
  }
  body.push(subtle(typedHint(question, lang, Boolean(group)), { spacing: "small" }));
  const data: Record<string, unknown> = {
    fact: question.fact,
    ...(input.revision !== undefined ? { rev: input.revision } : {}),
  };
  const answerData = group ? { ...data, group: group.id, facts: group.questions.map((q) => q.fact) } : data;
  const actions: CardAction[] = [
    execute(VERBS.intakeAnswer, msg(lang, "intake.answer"), answerData, { style: "positive" }),
    navigate(VERBS.intakeBack, msg(lang, "intake.back"), data),
    ...((input.answered?.length ?? 0) > 0 ? [navigate(VERBS.intakeChange, msg(lang, "keep.changeAnswer"), data)] : []),
    navigate(VERBS.intakePause, msg(lang, "intake.pause"), data),
    { ...navigate(VERBS.intakeCancel, msg(lang, "intake.cancel"), data), style: "destructive" },
  ];
  return adaptiveCard(lang, body, actions, {
    fallbackText: localize(lang, group ? (group.title ?? question.text) : question.text),
  });
}
