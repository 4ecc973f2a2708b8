import type { IsoDate, Language, Rulebook } from "@convenantbot/domain";
import type { AdaptiveCard, CardElement } from "../card-types.js";
import { execute } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, subtle } from "../elements/text.js";
import { factInput } from "../inputs/fact-input.js";
import { specFromFact } from "../inputs/field-spec.js";
import { msg } from "../messages/index.js";
import { INPUT_IDS, VERBS } from "./verbs.js";

export interface SnelcheckCardInput {
  rulebook: Pick<Rulebook, "id" | "title" | "facts">;
  lang: Language;
  asOf: IsoDate;
  /** Facts to show filled in (e.g. a previous snelcheck, to adjust one answer and check again). */
  prefill?: Readonly<Record<string, unknown>>;
}

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
    ...rulebook.facts.flatMap((fact) => factInput(specFromFact(fact), lang, "optional", input.prefill?.[fact.name])),
  ];
  return adaptiveCard(
    lang,
    body,
    [execute(VERBS.snelcheckSubmit, msg(lang, "snelcheck.submit"), { rulebook: rulebook.id }, { style: "positive" })],
    { fallbackText: msg(lang, "snelcheck.heading", { rulebook: title }) },
  );
}
