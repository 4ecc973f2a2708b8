import type { CardVerb } from "@convenantbot/contract/card-verbs";
import type { IsoDate, Language, Localized } from "@convenantbot/domain";
import type { AdaptiveCard, CardAction, CardElement, CardInput } from "../card-types.js";
import { execute, showCard } from "../elements/actions.js";
import { msg } from "../messages/index.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, sectionTitle, subtle, text } from "../elements/text.js";
import { formatDate, formatDateTime } from "../format/date.js";
import { titleText, type TitleText } from "../format/title.js";
import { refreshBlock } from "./refresh.js";

/** Verbs of case cards (Action.Execute): one for every step, the step is in `data.action`. */
export const CASE_VERBS = { act: "case.act", refresh: "case.refresh" } as const satisfies Record<string, CardVerb>;

export type CaseInputNeed = "on" | "reason" | "note" | "assignee" | "established" | "toPartyId";

/** What one party's copy of a case shows; every list must already be privacy-filtered for it. */
export interface CaseCardInput {
  id: string;
  /** Short handle ("LV-2026-0012"); cases stored before kenmerken show the id's first eight characters. */
  kenmerk?: string;
  /** The sending caseworker's own dossier number: only on the sending party's card (mayReadOwnReference). */
  ownReference?: string;
  lang: Language;
  rulebookTitle: TitleText;
  status: Localized;
  /** The viewer's part, e.g. "verhuurder" or "aanmelder". */
  viewerRole: Localized;
  candidate: readonly { label: Localized; value: string }[];
  /** Some fields exist that this party may not see: say so (never blank them). */
  withheld?: Localized;
  recipients: readonly { name: string; role: Localized; reached: boolean }[];
  /** A duty the viewer has from the moment of aanmelding (KW landlord). */
  duty?: Localized;
  /** kind "target": "zo mogelijk vóór" (the seed says indien mogelijk), passing it is no breach. */
  terms: readonly {
    title: Localized;
    article: string;
    due: IsoDate;
    overdue: boolean;
    metOn?: IsoDate;
    kind?: string;
  }[];
  history: readonly { at: string; actor: string; step: Localized; detail?: string }[];
  assignedTo?: string;
  /** The sender's copy right after submit: who got it and what each does (from the hand-off table). */
  nextSteps?: readonly Localized[];
  actions: readonly { action: string; label: Localized; needs: readonly CaseInputNeed[] }[];
  colleagues?: readonly { memberId: string; name: string }[];
  handoverTargets?: readonly { partyId: string; name: string }[];
  noteCategories?: readonly { value: string; label: Localized }[];
  refreshUserIds?: readonly string[];
  /** The tab's deep link to this case (issue 16), when the bot knows where the tab is. */
  openUrl?: string;
}

const MAX_ACTIONS = 5;
const L = (nl: string, en: string): Localized => ({ nl, en });
const T = {
  heading: L("Aanmelding", "Aanmelding"),
  ownReference: L("Je eigen dossiernummer", "Your own dossier number"),
  status: L("Status", "Status"),
  yourRole: L("Jouw rol", "Your role"),
  candidate: L("Kandidaat", "Candidate"),
  parties: L("Wie heeft deze zaak", "Who has this case"),
  notYet: L("nog niet (volgt in de keten)", "not yet (later in the chain)"),
  terms: L("Termijnen", "Terms"),
  overdue: L("verlopen", "overdue"),
  met: L("gehaald op", "met on"),
  due: L("uiterlijk", "by"),
  target: L("zo mogelijk vóór", "if possible by"),
  targetPassed: L("streefdatum voorbij", "target date passed"),
  history: L("Verloop", "History"),
  assigned: L("Toegewezen aan", "Assigned to"),
  refresh: L("Vernieuwen", "Refresh"),
  confirm: L("Bevestigen", "Confirm"),
  on: L("Datum", "Date"),
  reason: L("Reden", "Reason"),
  note: L("Notitie", "Note"),
  category: L("Wie mag dit lezen (categorie)", "Who may read this (category)"),
  assignee: L("Collega", "Colleague"),
  established: L("Kwetsbaarheid vastgesteld", "Vulnerability established"),
  toParty: L("Regiehouder", "Regiehouder"),
  required: L("Vul dit in.", "Fill this in."),
  nextSteps: L("Wat er nu gebeurt", "What happens now"),
};

/**
 * A step's input ids carry the step ("weigeren.reason"): a card with two steps that both need a
 * reason (weigeren and intrekken) would otherwise hold the same id twice, and Web Chat then
 * renders nothing but an empty attachment (the renderer refuses duplicate ids).
 */
export const caseInputId = (action: string, need: string): string => `${action}.${need}`;

function inputsFor(input: CaseCardInput, action: string, needs: readonly CaseInputNeed[]): CardInput[] {
  const { lang } = input;
  const req = { isRequired: true, errorMessage: T.required[lang] };
  const id = (need: string) => caseInputId(action, need);
  const out: CardInput[] = [];
  for (const need of needs) {
    if (need === "on") out.push({ type: "Input.Date", id: id("on"), label: T.on[lang], ...req });
    if (need === "reason")
      out.push({
        type: "Input.Text",
        id: id("reason"),
        label: T.reason[lang],
        maxLength: 1000,
        isMultiline: true,
        ...req,
      });
    if (need === "note") {
      out.push({ type: "Input.Text", id: id("note"), label: T.note[lang], maxLength: 2000, isMultiline: true, ...req });
      const categories = input.noteCategories ?? [];
      out.push({
        type: "Input.ChoiceSet",
        id: id("category"),
        label: T.category[lang],
        style: "expanded",
        wrap: true,
        choices: categories.map((c) => ({ title: c.label[lang], value: c.value })),
        ...req,
      });
    }
    if (need === "assignee")
      out.push({
        type: "Input.ChoiceSet",
        id: id("assignee"),
        label: T.assignee[lang],
        style: "compact",
        choices: (input.colleagues ?? []).map((c) => ({ title: c.name, value: c.memberId })),
        ...req,
      });
    if (need === "established")
      out.push({
        type: "Input.Toggle",
        id: id("established"),
        title: T.established[lang],
        valueOn: "true",
        valueOff: "false",
        value: "false",
      });
    if (need === "toPartyId")
      out.push({
        type: "Input.ChoiceSet",
        id: id("toPartyId"),
        label: T.toParty[lang],
        style: "compact",
        choices: (input.handoverTargets ?? []).map((p) => ({ title: p.name, value: p.partyId })),
        ...req,
      });
  }
  return out;
}

function actions(input: CaseCardInput): CardAction[] {
  const { lang } = input;
  const result: CardAction[] = [];
  for (const a of input.actions) {
    const data = { aanmeldingId: input.id, action: a.action };
    const title = a.label[lang];
    // A step whose choices are empty cannot succeed here: not offered.
    if (a.needs.includes("assignee") && (input.colleagues ?? []).length === 0) continue;
    if (a.needs.includes("toPartyId") && (input.handoverTargets ?? []).length === 0) continue;
    if (a.needs.length === 0) result.push(execute(CASE_VERBS.act, title, data));
    else
      result.push(
        showCard(title, inputsFor(input, a.action, a.needs), [
          execute(CASE_VERBS.act, T.confirm[lang], data, { style: "positive" }),
        ]),
      );
  }
  return result;
}

/**
 * One case for one party: status, what this party may see of the candidate, who has the case,
 * its running terms and its history; the steps this party may take (verb `case.act`, data
 * `{ aanmeldingId, action }`, inputs on, reason, note+category, assignee, established,
 * toPartyId). `refresh` (verb `case.refresh`) keeps every copy current.
 */
export function caseCard(input: CaseCardInput): AdaptiveCard {
  const { lang } = input;
  const kenmerk = input.kenmerk ?? input.id.slice(0, 8);
  const body: CardElement[] = [
    heading(`${T.heading[lang]} ${kenmerk} · ${input.status[lang]}`),
    subtle(`${titleText(lang, input.rulebookTitle)} · ${T.yourRole[lang]}: ${input.viewerRole[lang]}`, {
      spacing: "none",
    }),
    ...(input.ownReference ? [subtle(`${T.ownReference[lang]}: ${input.ownReference}`, { spacing: "none" })] : []),
  ];
  if (input.assignedTo) body.push(text(`${T.assigned[lang]}: ${input.assignedTo}`));
  if (input.duty) body.push(text(`⚠️ ${input.duty[lang]}`, { color: "warning", weight: "bolder" }));
  if (input.candidate.length > 0) {
    body.push(sectionTitle(T.candidate[lang]));
    body.push({ type: "FactSet", facts: input.candidate.map((f) => ({ title: f.label[lang], value: f.value })) });
  }
  if (input.withheld) body.push(subtle(input.withheld[lang]));
  if (input.nextSteps && input.nextSteps.length > 0) {
    body.push(sectionTitle(T.nextSteps[lang]));
    body.push(text(input.nextSteps.map((s) => `- ${s[lang]}`).join("\n"), { spacing: "small" }));
  }
  if (input.recipients.length > 0) {
    body.push(sectionTitle(T.parties[lang]));
    body.push({
      type: "FactSet",
      facts: input.recipients.map((r) => ({
        title: r.name,
        value: r.reached ? r.role[lang] : `${r.role[lang]} · ${T.notYet[lang]}`,
      })),
    });
  }
  if (input.terms.length > 0) {
    body.push(sectionTitle(T.terms[lang]));
    const lines = input.terms.map((t) => {
      const target = t.kind === "target";
      const late = t.overdue ? ` · ⚠️ ${(target ? T.targetPassed : T.overdue)[lang]}` : "";
      const state = t.metOn
        ? `${T.met[lang]} ${formatDate(t.metOn, lang)}`
        : `${(target ? T.target : T.due)[lang]} ${formatDate(t.due, lang)}${late}`;
      return `- ${t.title[lang]} (${t.article}): ${state}`;
    });
    body.push(text(lines.join("\n"), { spacing: "small" }));
  }
  if (input.history.length > 0) {
    body.push(sectionTitle(T.history[lang]));
    const lines = input.history
      .slice(-12)
      .map((h) => `- ${formatDateTime(h.at, lang)} · ${h.actor}: ${h.step[lang]}${h.detail ? ` — ${h.detail}` : ""}`);
    body.push(subtle(lines.join("\n"), { spacing: "small" }));
  }
  // Teams shows at most five actions per set: the first steps at the bottom, the rest in sets
  // above. The tab link stays in the bottom row, last (as on signal cards), however many steps.
  const steps = actions(input);
  const link: CardAction[] = input.openUrl
    ? [{ type: "Action.OpenUrl", title: msg(lang, "recordLink.open"), url: input.openUrl }]
    : [];
  const bottom = MAX_ACTIONS - link.length;
  for (let i = bottom; i < steps.length; i += MAX_ACTIONS)
    body.push({ type: "ActionSet", actions: steps.slice(i, i + MAX_ACTIONS) });
  return adaptiveCard(lang, body, [...steps.slice(0, bottom), ...link], {
    fallbackText: `${T.heading[lang]} ${kenmerk}: ${input.status[lang]}`,
    refresh: refreshBlock(CASE_VERBS.refresh, T.refresh[lang], { aanmeldingId: input.id }, input.refreshUserIds),
  });
}
