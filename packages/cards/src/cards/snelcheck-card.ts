import type { IsoDate, Language, Rulebook, SnelcheckSection } from "@convenantbot/domain";
import type { AdaptiveCard, CardAction, CardElement } from "../card-types.js";
import { execute, toggleVisibility } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { sectionTitle, subtle, text } from "../elements/text.js";
import { factInput } from "../inputs/fact-input.js";
import { specFromFact, UNKNOWN_VALUE } from "../inputs/field-spec.js";
import { msg } from "../messages/index.js";
import { checklistInput } from "./checklist-input.js";
import { checklistPrefill, snelcheckChecklistId } from "./snelcheck-checklist.js";
import { snelcheckFollowUps, type FollowUpSection } from "./snelcheck-follow-ups.js";
import { INPUT_IDS, VERBS } from "./verbs.js";

export interface SnelcheckCardInput {
  rulebook: Pick<Rulebook, "id" | "title" | "facts">;
  lang: Language;
  asOf: IsoDate;
  /** Facts to show filled in (e.g. a previous snelcheck, to adjust one answer and check again). */
  prefill?: Readonly<Record<string, unknown>>;
  /** The form in sections (domain snelcheckSections), opened one at a time. */
  sections?: readonly Pick<SnelcheckSection, "id" | "title" | "facts" | "followUp" | "checklist" | "part">[];
}

const isFilled = (value: unknown) => value !== undefined && value !== "" && value !== UNKNOWN_VALUE;

/**
 * Every fact of the rulebook in one form, all optional (unknown stays unknown), plus the
 * as-of date. Action: Action.Execute `snelcheck.submit`, data `{ rulebook: <id> }`, inputs
 * `asOf` and one per fact named after it (a checklist section: one input per group, see
 * snelcheckChecklistId); read them back with parseSnelcheckSubmission.
 *
 * With sections, the form is a row of pages, one open at a time (issue 15: every card under
 * ~600 px): each page has "Vorige" / "Volgende" buttons, and "Toets" works from any page.
 * Follow-ups stay behind "Toon vervolgvragen" (open when one is already filled in), which
 * hides the basic pages; several follow-up sections (GV urgentie: per ground) are one more
 * row of pages, opened from a list (snelcheckFollowUps). Hidden inputs are still sent, so a
 * closed page keeps its answers.
 */
export function snelcheckCard(input: SnelcheckCardInput): AdaptiveCard {
  const { rulebook, lang } = input;
  const title = rulebook.title[lang];
  const body: CardElement[] = [
    // Default size, not the usual medium: a rulebook's full title takes two or three lines.
    text(msg(lang, "snelcheck.heading", { rulebook: title }), { size: "default", weight: "bolder", style: "heading" }),
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
  const factsOf = (names: readonly string[]) => rulebook.facts.filter((f) => names.includes(f.name));
  const inputsOf = (names: readonly string[]) =>
    factsOf(names).flatMap((fact) => factInput(specFromFact(fact), lang, "optional", input.prefill?.[fact.name]));
  const actions: CardAction[] = [
    execute(VERBS.snelcheckSubmit, msg(lang, "snelcheck.submit"), { rulebook: rulebook.id }, { style: "positive" }),
  ];
  if (!input.sections) body.push(...inputsOf(rulebook.facts.map((f) => f.name)));
  const sections = input.sections ?? [];
  const pages = sections.filter((section) => !section.followUp);
  const idOf = (section: { id: string }) => `section-${section.id}`;
  const itemsOf = (section: (typeof sections)[number]): CardElement[] =>
    section.checklist
      ? checklistInput({ questions: factsOf(section.facts).map((f) => ({ fact: f.name, text: f.question })) }, lang, {
          id: snelcheckChecklistId(section.id),
          required: false,
          ...checklistPrefill(section.facts, input.prefill, snelcheckChecklistId(section.id)),
        })
      : inputsOf(section.facts);
  pages.forEach((page, index) => {
    // Going to a page shows it and hides every other page (set, not toggled: one is open).
    const goTo = (target: number, title: string) =>
      toggleVisibility(
        title,
        pages.map((p, i) => ({ elementId: idOf(p), isVisible: i === target })),
      );
    const nav: CardAction[] = [
      ...(index > 0 ? [goTo(index - 1, msg(lang, "snelcheck.previous"))] : []),
      ...(index < pages.length - 1 ? [goTo(index + 1, msg(lang, "snelcheck.next"))] : []),
    ];
    const pageTitle =
      pages.length > 1
        ? msg(lang, "snelcheck.page", { page: index + 1, pages: pages.length, title: page.title[lang] })
        : page.title[lang];
    const items: CardElement[] = [
      sectionTitle(pageTitle),
      ...itemsOf(page),
      ...(nav.length > 0 ? [{ type: "ActionSet" as const, actions: nav }] : []),
    ];
    body.push({ type: "Container", id: idOf(page), ...(index === 0 ? {} : { isVisible: false }), items });
  });
  const followUps = sections.filter((s) => s.followUp);
  if (followUps.length > 0) {
    // Follow-ups stay out of sight until asked for (or already filled in): the form asks what the caseworker fills in.
    const filled = (section: FollowUpSection) =>
      section.facts.some((f) => isFilled(input.prefill?.[f])) ||
      (section.checklist &&
        checklistPrefill(section.facts, input.prefill, snelcheckChecklistId(section.id)).value !== undefined);
    const { container, open } = snelcheckFollowUps({
      sections: followUps,
      pageIds: pages.map(idOf),
      open: followUps.some(filled),
      filled,
      itemsOf: (section) => itemsOf({ ...section, followUp: true }),
      lang,
    });
    body.push(container);
    actions.push(open);
  }
  return adaptiveCard(lang, body, actions, { fallbackText: msg(lang, "snelcheck.heading", { rulebook: title }) });
}
