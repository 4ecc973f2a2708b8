import {
  deadlinesFrom,
  evaluateRulebook,
  listRulebooks,
  nextQuestions,
  snelcheckSections,
  t,
  type Language,
  type Outcome,
} from "@convenantbot/domain";
import type { AdaptiveCard } from "../card-types.js";
import { aanmeldingenListCard, type AanmeldingListItem } from "../cards/aanmeldingen-list-card.js";
import { checkResultCard } from "../cards/check-result-card.js";
import { helpCard } from "../cards/help-card.js";
import { intakeSummaryCard } from "../cards/intake-summary-card.js";
import { questionCard } from "../cards/question-card.js";
import { rulebookChoiceCard } from "../cards/rulebook-choice-card.js";
import { signalCard, type SignalCardInput } from "../cards/signal-card.js";
import { signalFormCard } from "../cards/signal-form-card.js";
import { signalsListCard } from "../cards/signals-list-card.js";
import { snelcheckCard } from "../cards/snelcheck-card.js";
import { changeAnswerCard, confirmCancelCard, pausedIntakeCard, replaceIntakeCard } from "../cards/keep-work-cards.js";
import { allTypesFacts, allTypesRulebook, deadlines, proposals, questionOf, resultWith } from "./fixtures.js";

export interface Sample {
  name: string;
  card: AdaptiveCard;
}

const languages: readonly Language[] = ["nl", "en"];
const outcomes: readonly Outcome[] = ["eligible", "not_eligible", "needs_info", "needs_review"];

export function signalInput(lang: Language, overrides: Partial<SignalCardInput> = {}): SignalCardInput {
  return {
    id: "sig-1",
    type: "huurachterstand",
    status: "nieuw",
    rulebookTitle: t(
      "Convenant voorkoming huisuitzettingen Krimpenerwaard",
      "Convenant on preventing evictions, Krimpenerwaard",
    ),
    fields: [
      { label: t("Achterstand", "Arrears"), value: "2 maanden (€ 1.420)" },
      { label: t("Sinds", "Since"), value: "2026-01-01" },
    ],
    history: [
      { at: "2026-03-01T09:15:00Z", actor: "Woonconsulent QuaWonen", action: "nieuw" },
      { at: "2026-03-02", actor: "Meldpunt", action: "bevestigd" },
      { at: "2026-03-03T10:00:00Z", actor: "Meldpunt", action: "custom_step" },
    ],
    due: "2026-03-29",
    overdue: false,
    allowedActions: ["bevestigen", "oppakken", "doorsturen", "afsluiten"],
    forwardTargets: [
      { partyId: "kw-gemeente-krimpenerwaard", name: "Gemeente Krimpenerwaard (OOV)" },
      { partyId: "kw-quawonen", name: "QuaWonen" },
    ],
    closeOutcomes: [
      { value: "opgelost", label: t("Opgelost", "Resolved") },
      { value: "hulp_gestart", label: t("Hulp gestart", "Support started") },
    ],
    refreshUserIds: Array.from({ length: 75 }, (_, i) => `29:user-${i}`),
    lang,
    ...overrides,
  };
}

export function aanmeldingItems(count: number): AanmeldingListItem[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `A-2026-${String(i + 1).padStart(4, "0")}`,
    rulebookTitle: t("Convenantwoning Leidschendam-Voorburg 2025", "Convenantwoning Leidschendam-Voorburg 2025"),
    outcome: outcomes[i % outcomes.length]!,
    status: i % 2 === 0 ? "in_behandeling" : "ingediend",
    createdOn: i % 2 === 0 ? "2026-03-01" : "2026-03-01T13:45:00Z",
    ...(i % 3 === 0 ? { supportPartyName: "Lokale Kamer" } : {}),
    ...(i % 2 === 0
      ? {
          nextDeadline: {
            title: t("Aanbod van een woning", "Offer of a home"),
            due: "2026-06-01",
            overdue: i % 4 === 0,
          },
        }
      : {}),
  }));
}

/** Representative cards of every builder: every answer type, every outcome, both languages. */
export function allSamples(): Sample[] {
  const samples: Sample[] = [];
  const add = (name: string, card: AdaptiveCard) => samples.push({ name, card });
  for (const lang of languages) {
    add(`${lang} help`, helpCard(lang));
    add(
      `${lang} rulebook choice`,
      rulebookChoiceCard(
        [
          {
            id: "kw-huisuitzetting-2019",
            title: t("Convenant KW", "Convenant KW"),
            validFrom: "2019-02-01",
            validTo: null,
            valid: true,
          },
          {
            id: "lv-zorgafhankelijk-2025",
            title: t("Convenantwoning LV", "Convenantwoning LV"),
            validFrom: "2025-01-14",
            validTo: "2028-01-13",
            valid: true,
          },
          {
            id: "mh-uitstroom-2019",
            title: t("Uitstroom MH", "Uitstroom MH"),
            validFrom: "2019-05-13",
            validTo: "2023-06-30",
            valid: false,
          },
        ],
        lang,
        "intake.start",
      ),
    );
    add(
      `${lang} rulebook choice none valid`,
      rulebookChoiceCard(
        [{ id: "mh", title: t("MH", "MH"), validFrom: "2019-05-13", validTo: "2023-06-30", valid: false }],
        lang,
        "intake.start",
      ),
    );
    add(
      `${lang} rulebook choice one valid`,
      rulebookChoiceCard(
        [{ id: "kw", title: t("KW", "KW"), validFrom: "2019-02-01", validTo: null, valid: true }],
        lang,
        "snelcheck.start",
      ),
    );
    for (const fact of allTypesFacts) {
      add(
        `${lang} question ${fact.answer} ${fact.name}`,
        questionCard({
          question: questionOf(fact),
          lang,
          progress: { answered: 2, total: 9 },
          rulebookTitle: allTypesRulebook.title,
        }),
      );
    }
    add(
      `${lang} question with running outcome`,
      questionCard({
        question: questionOf(allTypesFacts[0]!),
        lang,
        progress: { answered: 0 },
        runningOutcome: "needs_info",
        rulebookTitle: "KW",
      }),
    );
    add(
      `${lang} question with previous answer`,
      questionCard({
        question: questionOf(allTypesFacts[5]!),
        lang,
        progress: { answered: 4 },
        rulebookTitle: "KW",
        previousAnswer: ["medisch", "geweld"],
      }),
    );
    // The one intake card with its summary, a checklist group, and the cards that keep work.
    const answered = allTypesFacts.slice(0, 5).map((f) => ({ fact: f.name, question: f.question, answer: "Ja" }));
    add(
      `${lang} question with answered summary`,
      questionCard({
        question: questionOf(allTypesFacts[0]!),
        lang,
        progress: { answered: 5, total: 9 },
        rulebookTitle: "KW",
        answered,
        revision: 5,
        previousAnswer: true,
      }),
    );
    const booleans = allTypesFacts.filter((f) => f.answer === "boolean").map(questionOf);
    add(
      `${lang} question checklist group`,
      questionCard({
        question: booleans[0]!,
        lang,
        progress: { answered: 1 },
        rulebookTitle: "KW",
        revision: 1,
        group: {
          id: "g",
          title: t("Uitsluitingen", "Exclusions"),
          questions: [booleans[0]!, questionOf({ ...allTypesFacts[0]!, name: "otherFlag" })],
        },
      }),
    );
    add(`${lang} confirm cancel`, confirmCancelCard({ answered: 4, rev: 4, lang }));
    add(
      `${lang} replace intake`,
      replaceIntakeCard({
        paused: true,
        rulebookTitle: "KW",
        answered: 3,
        restart: { rulebook: "kw-huisuitzetting-2019" },
        lang,
      }),
    );
    add(`${lang} change answer`, changeAnswerCard({ answered, rev: 5, lang, ended: true }));
    add(`${lang} paused intake`, pausedIntakeCard({ rulebookTitle: "KW", answered: 3, lang }));
    for (const outcome of outcomes) {
      add(
        `${lang} check ${outcome}`,
        checkResultCard({
          result: resultWith(outcome),
          rulebookTitle: t("Urgentie GV", "Urgentie GV"),
          lang,
          factQuestions: allTypesFacts,
        }),
      );
      add(
        `${lang} summary ${outcome}`,
        intakeSummaryCard({ result: resultWith(outcome), rulebookTitle: "Urgentie GV", lang, proposals, deadlines }),
      );
    }
    add(
      `${lang} summary without proposals`,
      intakeSummaryCard({ result: resultWith("eligible"), rulebookTitle: "KW", lang, proposals: [], deadlines: [] }),
    );
    add(
      `${lang} summary one proposal`,
      intakeSummaryCard({
        result: resultWith("eligible"),
        rulebookTitle: "KW",
        lang,
        proposals: proposals.slice(0, 1),
        deadlines,
      }),
    );
    add(`${lang} snelcheck all types`, snelcheckCard({ rulebook: allTypesRulebook, lang, asOf: "2026-03-01" }));
    add(
      `${lang} snelcheck all types prefilled`,
      snelcheckCard({
        rulebook: allTypesRulebook,
        lang,
        asOf: "2026-03-01",
        prefill: {
          validId: true,
          yearsResident: 7,
          minorChildren: 2,
          evictionReason: "huurschuld",
          grounds: ["medisch"],
          evictionDate: "2026-04-01",
          residentOf: "Voorburg",
        },
      }),
    );
    add(`${lang} aanmeldingen empty`, aanmeldingenListCard([], lang));
    add(`${lang} aanmeldingen some`, aanmeldingenListCard(aanmeldingItems(4), lang));
    add(`${lang} aanmeldingen many`, aanmeldingenListCard(aanmeldingItems(40), lang));
    add(
      `${lang} signals list`,
      signalsListCard(
        Array.from({ length: 20 }, (_, i) => ({
          id: `${String(i).padStart(8, "0")}-0000-4000-8000-000000000000`,
          kenmerk: `HA-2026-${String(i + 1).padStart(4, "0")}`,
          type: i % 2 ? "overlast" : "huurachterstand",
          status: "nieuw",
          createdAt: "2026-03-01T10:00:00Z",
          direction: i % 3 ? ("sent" as const) : ("received" as const),
          otherParty: "Stichting Brijder Verslavingszorg",
          overdue: i % 4 === 0,
        })),
        lang,
      ),
    );
    add(
      `${lang} help landlord`,
      helpCard(lang, {
        items: ["snelcheck", "signal", "signalen"],
        snelcheckAliases: ["lv", "noodwoning"],
        greeting: true,
      }),
    );
    add(`${lang} signal all actions`, signalCard(signalInput(lang)));
    add(
      `${lang} signal overdue, no actions`,
      signalCard(signalInput(lang, { overdue: true, allowedActions: [], status: "afgesloten", refreshUserIds: [] })),
    );
    add(
      `${lang} signal close without outcomes, forward without targets`,
      signalCard(
        signalInput(lang, {
          type: "ontbekend_type",
          typeLabel: t("Eigen soort", "Own type"),
          closeOutcomes: [],
          forwardTargets: [],
          fields: [],
          history: [],
        }),
      ),
    );
    add(
      `${lang} signal form`,
      signalFormCard({
        types: [
          { value: "huurachterstand", label: t("Huurachterstand", "Rent arrears") },
          { value: "overlast", label: t("Overlast", "Nuisance") },
        ],
        rulebookId: "kw-huisuitzetting-2019",
        rulebookTitle: t("Convenant KW", "Convenant KW"),
        prefill: {
          type: "huurachterstand",
          months: "2",
          since: "2026-01-01",
          reminderSent: "true",
          court: "geen",
          note: "Eerste contact gehad",
        },
        fields: [
          { id: "months", label: t("Maanden achterstand", "Months in arrears"), kind: "number", required: true },
          { id: "since", label: t("Sinds", "Since"), kind: "date" },
          {
            id: "reminderSent",
            label: t("Schriftelijke herinnering verstuurd", "Written reminder sent"),
            kind: "toggle",
            required: true,
          },
          {
            id: "court",
            label: t("Gerechtelijke fase", "Court stage"),
            kind: "choice",
            choices: [
              { value: "geen", label: t("Geen", "None") },
              { value: "dagvaarding", label: t("Dagvaarding", "Summons") },
            ],
          },
          {
            id: "amount",
            label: t("Bedrag", "Amount"),
            kind: "text",
            placeholder: t("bijv. 1.450,50", "e.g. 1,450.50"),
            hint: t("In euro's.", "In euros."),
          },
          { id: "note", label: t("Toelichting", "Note"), kind: "text", multiline: true },
        ],
        notice: "Klopt het bedrag?",
        lang,
      }),
    );
    add(
      `${lang} signal form choose type`,
      signalFormCard({
        types: [
          { value: "huurachterstand", label: t("Huurachterstand", "Rent arrears") },
          { value: "overlast", label: t("Overlast", "Nuisance") },
        ],
        rulebookId: "lv-zorgafhankelijk-2025",
        prefill: { aanmeldingId: "3f2a9c1e-0000-4000-8000-000000000000" },
        fields: [{ id: "months", label: t("Maanden", "Months"), kind: "number" }],
        lang,
      }),
    );
    add(
      `${lang} signal form single type`,
      signalFormCard({
        types: [{ value: "overlast", label: t("Overlast", "Nuisance") }],
        rulebookId: "kw",
        fields: [],
        lang,
      }),
    );
    // The real rulebooks, through the real domain: whatever facts and texts they have.
    for (const rulebook of listRulebooks()) {
      const asOf = rulebook.validity.from;
      const step = nextQuestions(rulebook, {}, asOf);
      add(`${lang} ${rulebook.id} snelcheck`, snelcheckCard({ rulebook, lang, asOf }));
      add(
        `${lang} ${rulebook.id} snelcheck in sections`,
        snelcheckCard({ rulebook, lang, asOf, sections: snelcheckSections(rulebook, asOf) }),
      );
      add(
        `${lang} ${rulebook.id} check (no facts)`,
        checkResultCard({ result: step.result, rulebookTitle: rulebook.title, lang, factQuestions: rulebook.facts }),
      );
      step.questions.forEach((question, i) =>
        add(
          `${lang} ${rulebook.id} question ${question.fact}`,
          questionCard({
            question,
            lang,
            progress: { answered: i, total: step.questions.length },
            rulebookTitle: rulebook.title,
          }),
        ),
      );
      const result = evaluateRulebook(rulebook, {}, asOf);
      add(
        `${lang} ${rulebook.id} summary`,
        intakeSummaryCard({
          result,
          rulebookTitle: rulebook.title,
          lang,
          proposals: rulebook.proposeSupportParties?.({}, result) ?? [],
          deadlines: deadlinesFrom(rulebook.deadlines, "aanmelding", asOf),
        }),
      );
    }
  }
  return samples;
}
