import type { IsoDate, Language, Localized, Rulebook } from "@convenantbot/domain";
import type { AdaptiveCard, CardAction, CardElement } from "../card-types.js";
import { execute, toggleVisibility } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, sectionTitle, subtle } from "../elements/text.js";
import { factInput } from "../inputs/fact-input.js";
import { specFromFact, UNKNOWN_VALUE } from "../inputs/field-spec.js";
import { msg } from "../messages/index.js";
import { INPUT_IDS, VERBS } from "./verbs.js";

export interface SnelcheckCardInput {
  rulebook: Pick<Rulebook, "id" | "title" | "facts">;
  lang: Language;
  asOf: IsoDate;
  /** Facts to show filled in (e.g. a previous snelcheck, to adjust one answer and check again). */
  prefill?: Readonly<Record<string, unknown>>;
  /** The form in sections (domain snelcheckSections); follow-ups start hidden unless prefilled. */
  sections?: readonly { id: string; title: Localized; facts: readonly string[]; followUp: boolean }[];
}

const isFilled = (value: unknown) => value !== undefined && value !== "" && value !== UNKNOWN_VALUE;

/**
 * Every fact of the rulebook in one form, all optional (unknown stays unknown), plus the
 * as-of date. Action: Action.Execute `snelcheck.submit`, data `{ rulebook: <id> }`, inputs
 * `asOf` and one per fact named after it; read them back with parseSnelcheckSubmission.
 */
export function snelcheckCard(input: SnelcheckCardInput): AdaptiveCard {
  const { rulebook, lang } = input;
  const title = rulebook.title[lang];
  const body: CardElement[] = [
    heading(msg(lang, "snelcheck.heading", { rulebook: title })),
    subtle(msg(lang, "snelcheck.intro"), { spacing: "none" }),
    {
      type: "Input.Date",
      id: INPUT_IDS.asOf,
      label: msg(lang, "snelcheck.asOf"),
      isRequired: true,
      errorMessage: msg(lang, "snelcheck.asOfError"),
      value: input.asOf,
    },
  ];
  const inputsOf = (names: readonly string[]) =>
    rulebook.facts.filter((f) => names.includes(f.name)).flatMap((fact) => factInput(specFromFact(fact), lang, "optional", input.prefill?.[fact.name]));
  const actions: CardAction[] = [execute(VERBS.snelcheckSubmit, msg(lang, "snelcheck.submit"), { rulebook: rulebook.id }, { style: "positive" })];
  if (!input.sections) body.push(...inputsOf(rulebook.facts.map((f) => f.name)));
  for (const section of input.sections ?? []) {
    // Follow-ups stay out of sight until asked for (or already filled in): the form asks what the caseworker fills in.
    const hidden = section.followUp && !section.facts.some((f) => isFilled(input.prefill?.[f]));
    const id = `section-${section.id}`;
    body.push({ type: "Container", id, ...(hidden ? { isVisible: false } : {}), items: [sectionTitle(section.title[lang]), ...inputsOf(section.facts)] });
    if (section.followUp) actions.push(toggleVisibility(msg(lang, "snelcheck.showFollowUp", { count: section.facts.length }), [id]));
  }
  return adaptiveCard(lang, body, actions, { fallbackText: msg(lang, "snelcheck.heading", { rulebook: title }) });
}
