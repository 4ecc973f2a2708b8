import type { Language, SnelcheckSection } from "@convenantbot/domain";
import type { CardAction, CardElement, Container, ToggleVisibilityAction } from "../card-types.js";
import { toggleVisibility } from "../elements/actions.js";
import { sectionTitle, text } from "../elements/text.js";
import { msg } from "../messages/index.js";

/** One container for every follow-up section, behind one "Toon vervolgvragen" button. */
export const FOLLOW_UP_ID = "section-follow-up";
/** With more than one follow-up section: the list that opens each (GV urgentie: one row per ground). */
export const FOLLOW_UP_INDEX_ID = "section-follow-up-index";

export type FollowUpSection = Pick<SnelcheckSection, "id" | "title" | "facts" | "checklist" | "part">;

export interface FollowUpInput {
  sections: readonly FollowUpSection[];
  /** The container ids of the basic pages: opening the follow-ups hides them, "terug" shows the first. */
  pageIds: readonly string[];
  /** Shown already (a follow-up is filled in): the container starts open. */
  open: boolean;
  /** Which sections hold an answer already (their row says so). */
  filled: (section: FollowUpSection) => boolean;
  /** The inputs of one section (single questions or its checklist). */
  itemsOf: (section: FollowUpSection) => CardElement[];
  lang: Language;
}

/** Short ids: every move names two of them, and the card must stay under Teams' 28 KB. */
export const followUpPageId = (section: { id: string }) => `fu-${section.id.replace(/^follow-up-/, "")}`;
const pageId = followUpPageId;
const titleOf = (section: FollowUpSection, lang: Language) =>
  section.part ? `${section.title[lang]} (${section.part.index}/${section.part.of})` : section.title[lang];

/**
 * The follow-ups, one thing open at a time like the basic pages (issue 15: every card under
 * ~600 px). "Toon vervolgvragen" hides the basic pages and opens the follow-ups; with one
 * section that section, with more a list with one row per section (a ground's parts share a
 * row), each row opening its section alone; every section has "Vorige" / "Volgende" and
 * "Alle vervolgvragen", and the list "Terug naar de basisvragen". Hidden inputs are still
 * sent, so a closed section keeps its answers.
 */
export function snelcheckFollowUps(input: FollowUpInput): { container: Container; open: ToggleVisibilityAction } {
  const { sections, lang } = input;
  const facts = sections.reduce((n, s) => n + s.facts.length, 0);
  const basics = (first: boolean) => input.pageIds.map((id, i) => ({ elementId: id, isVisible: first && i === 0 }));
  const back = toggleVisibility(msg(lang, "snelcheck.backToBasics"), [
    ...basics(true),
    { elementId: FOLLOW_UP_ID, isVisible: false },
  ]);
  if (sections.length === 1) {
    const [only] = sections as [FollowUpSection];
    return {
      container: {
        type: "Container",
        id: FOLLOW_UP_ID,
        ...(input.open ? {} : { isVisible: false }),
        items: [sectionTitle(titleOf(only, lang)), ...input.itemsOf(only), { type: "ActionSet", actions: [back] }],
      },
      open: toggleVisibility(msg(lang, "snelcheck.showFollowUp", { count: facts }), [
        ...basics(false),
        { elementId: FOLLOW_UP_ID, isVisible: true },
      ]),
    };
  }
  // "Toon vervolgvragen" is on the card always, so it sets every page (one list of targets).
  const show = (target: string | undefined) => [
    { elementId: FOLLOW_UP_INDEX_ID, isVisible: target === undefined },
    ...sections.map((s) => ({ elementId: pageId(s), isVisible: pageId(s) === target })),
  ];
  // Inside the follow-ups one thing is open at a time, so a move names just what it closes and
  // what it opens: naming every page on every button made GV urgentie's card 98 KB (Teams: 28 KB).
  const move = (from: string, to: string) => [
    { elementId: from, isVisible: false },
    { elementId: to, isVisible: true },
  ];
  const rows: Container[] = sections
    .filter((s) => (s.part?.index ?? 1) === 1)
    .map((s) => {
      const parts = s.part ? sections.filter((p) => p.part && p.title[lang] === s.title[lang]) : [s];
      const count = parts.reduce((n, p) => n + p.facts.length, 0);
      const label = msg(lang, parts.some(input.filled) ? "snelcheck.followUpRowFilled" : "snelcheck.followUpRow", {
        title: s.title[lang],
        count,
      });
      // Tight rows: fourteen of them (GV urgentie) stay under the card-height bound with the header.
      return {
        type: "Container",
        spacing: "none",
        selectAction: toggleVisibility(s.title[lang], move(FOLLOW_UP_INDEX_ID, pageId(s))),
        items: [text(`› ${label}`, { color: "accent" })],
      };
    });
  const index: Container = {
    type: "Container",
    id: FOLLOW_UP_INDEX_ID,
    items: [sectionTitle(msg(lang, "snelcheck.followUpIndex")), ...rows, { type: "ActionSet", actions: [back] }],
  };
  const pages: Container[] = sections.map((s, i) => {
    // "Vorige" / "Volgende" only between the parts of one ground: the list is the way to
    // another ground (and a button pair on every page would not fit Teams' size limit).
    const samePart = (other: FollowUpSection | undefined) =>
      other !== undefined && s.part !== undefined && other.part !== undefined && other.title[lang] === s.title[lang];
    const previous = sections[i - 1];
    const next = sections[i + 1];
    const nav: CardAction[] = [
      ...(samePart(previous)
        ? [toggleVisibility(msg(lang, "snelcheck.previous"), move(pageId(s), pageId(previous!)))]
        : []),
      ...(samePart(next) ? [toggleVisibility(msg(lang, "snelcheck.next"), move(pageId(s), pageId(next!)))] : []),
      toggleVisibility(msg(lang, "snelcheck.allFollowUps"), move(pageId(s), FOLLOW_UP_INDEX_ID)),
    ];
    return {
      type: "Container",
      id: pageId(s),
      isVisible: false,
      items: [sectionTitle(titleOf(s, lang)), ...input.itemsOf(s), { type: "ActionSet", actions: nav }],
    };
  });
  return {
    container: {
      type: "Container",
      id: FOLLOW_UP_ID,
      ...(input.open ? {} : { isVisible: false }),
      items: [index, ...pages],
    },
    open: toggleVisibility(msg(lang, "snelcheck.showFollowUp", { count: facts }), [
      ...basics(false),
      { elementId: FOLLOW_UP_ID, isVisible: true },
      ...show(undefined),
    ]),
  };
}
