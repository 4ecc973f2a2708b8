import type { CardVerb } from "@convenantbot/contract/card-verbs";
import type { Language, Localized } from "@convenantbot/domain";
import type { AdaptiveCard, CardElement, CardInput } from "../card-types.js";
import { execute, navigate } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, sectionTitle, subtle, text } from "../elements/text.js";

/** Verbs of the two intake steps after the eligibility questions. */
export const CANDIDATE_VERBS = {
  details: "intake.details",
  edit: "intake.edit",
  submit: "intake.submit",
  cancel: "intake.cancel",
} as const satisfies Record<string, CardVerb>;

/** The input id of the caseworker's own dossier number on the candidate form. */
export const OWN_REFERENCE_INPUT = "ownReference";

export interface CandidateFormField {
  field: string;
  label: Localized;
  /** Category name shown beside the field, so the caseworker knows who will see it. */
  category: Localized;
}

const L = (nl: string, en: string): Localized => ({ nl, en });
const T = {
  heading: L("Gegevens van de kandidaat", "Candidate details"),
  intro: L(
    "Alleen wat de ontvangende partijen nodig hebben om te handelen. Bij elk veld staat wie het mag zien; in de volgende stap controleer je per partij wat zij ziet, vóór er iets wordt verstuurd.",
    "Only what the receiving parties need to act. Each field says who may see it; in the next step you check per party what it will see, before anything is sent.",
  ),
  next: L("Verder: controleren", "Next: review"),
  cancel: L("Stoppen", "Stop"),
  viaKandidaat: L("Rechtstreeks met de kandidaat", "Directly with the candidate"),
  viaBegeleider: L("Via mij (de begeleider)", "Through me (the support worker)"),
  ownReference: L(
    "Je eigen dossiernummer (optioneel) · alleen jouw partij ziet het",
    "Your own dossier number (optional) · only your party sees it",
  ),
  ownReferenceHelp: L(
    "Zo vind je de aanmelding terug: 'aanmelding <nummer>'. Andere partijen zien alleen het kenmerk.",
    "To find the aanmelding back: 'aanmelding <number>'. Other parties see only the kenmerk.",
  ),
  ownReferenceReview: L("Je eigen dossiernummer (alleen jouw partij)", "Your own dossier number (your party only)"),
  household: L(
    "Eén gezinslid per regel: naam, geboortedatum (jjjj-mm-dd)",
    "One household member per line: name, date of birth (yyyy-mm-dd)",
  ),
  reviewHeading: L("Controleer en dien in", "Review and submit"),
  reviewIntro: L(
    "Zo ziet elke partij deze aanmelding. Er is nog niets verstuurd.",
    "This is how each party will see this aanmelding. Nothing has been sent yet.",
  ),
  you: L("Jij (aanmelder) ziet alles wat je invulde.", "You (nominating) see everything you entered."),
  nothingPersonal: L("Geen persoonsgegevens; alleen de voortgang.", "No personal data; progress only."),
  withheld: L("niet zichtbaar voor deze partij", "not visible to this party"),
  later: L("ontvangt pas als de vorige partij doorzet", "receives only when the previous party passes it on"),
  submit: L("Dien in", "Submit"),
  edit: L("Gegevens wijzigen", "Change details"),
  nobody: L(
    "Deze regeling noemt geen ontvanger voor je aanmelding; die wordt alleen opgeslagen.",
    "This rulebook names no recipient for your aanmelding; it is only stored.",
  ),
  after: L(
    "Na indienen krijgt elke partij hieronder een kaart in haar persoonlijke chat met de bot; elke stap (ontvangst, aanbod, huurovereenkomst, evaluatie) ververst alle kaarten, ook de jouwe.",
    "After submitting, each party below gets a card in its personal chat with the bot; every step (receipt, offer, lease, evaluation) refreshes every card, yours too.",
  ),
};

/** The candidate-details form, only the fields the rulebook asks; inputs named after the fields. */
export function candidateFormCard(input: {
  fields: readonly CandidateFormField[];
  prefill?: Record<string, string>;
  lang: Language;
}): AdaptiveCard {
  const { lang } = input;
  const prefill = input.prefill ?? {};
  const value = (field: string) => (prefill[field] ? { value: prefill[field] } : {});
  const body: CardElement[] = [heading(T.heading[lang]), subtle(T.intro[lang])];
  for (const f of input.fields) {
    const label = `${f.label[lang]} · ${f.category[lang]}`;
    let element: CardInput;
    if (f.field === "dateOfBirth" || f.field === "intramuralCareEndsOn")
      element = {
        type: "Input.Date",
        id: f.field,
        label,
        ...value(f.field),
        ...(f.field === "dateOfBirth" ? { isRequired: true, errorMessage: label } : {}),
      };
    else if (f.field === "contactVia")
      element = {
        type: "Input.ChoiceSet",
        id: f.field,
        label,
        style: "expanded",
        isRequired: true,
        errorMessage: label,
        value: prefill[f.field] ?? "begeleider",
        choices: [
          { title: T.viaBegeleider[lang], value: "begeleider" },
          { title: T.viaKandidaat[lang], value: "kandidaat" },
        ],
      };
    else if (f.field === "householdMembers")
      element = {
        type: "Input.Text",
        id: f.field,
        label,
        placeholder: T.household[lang],
        isMultiline: true,
        maxLength: 2000,
        ...value(f.field),
      };
    else
      element = {
        type: "Input.Text",
        id: f.field,
        label,
        maxLength: 300,
        ...value(f.field),
        ...(f.field === "name" ? { isRequired: true, errorMessage: label } : {}),
      };
    body.push(element);
  }
  // Not a candidate field: the sending organisation's own reference, never sent to another party.
  body.push(
    {
      type: "Input.Text",
      id: OWN_REFERENCE_INPUT,
      label: T.ownReference[lang],
      maxLength: 40,
      ...value(OWN_REFERENCE_INPUT),
    },
    subtle(T.ownReferenceHelp[lang], { spacing: "none" }),
  );
  return adaptiveCard(
    lang,
    body,
    [
      execute(CANDIDATE_VERBS.details, T.next[lang], {}, { style: "positive" }),
      navigate(CANDIDATE_VERBS.cancel, T.cancel[lang]),
    ],
    {
      fallbackText: T.heading[lang],
    },
  );
}

export interface ReviewRecipient {
  name: string;
  role: Localized;
  reason: Localized;
  article: string;
  assumed?: string;
  sees: readonly { label: Localized; value: string }[];
  withheld: readonly Localized[];
  later: boolean;
  duty?: Localized;
}

/** "Controleer en dien in": what each receiving party will see, before anything is sent. */
export function caseReviewCard(input: {
  recipients: readonly ReviewRecipient[];
  ownReference?: string;
  lang: Language;
}): AdaptiveCard {
  const { lang } = input;
  const body: CardElement[] = [heading(T.reviewHeading[lang]), subtle(T.reviewIntro[lang]), text(T.you[lang])];
  if (input.ownReference)
    body.push({ type: "FactSet", facts: [{ title: T.ownReferenceReview[lang], value: input.ownReference }] });
  if (input.recipients.length === 0) body.push(text(T.nobody[lang], { color: "warning" }));
  for (const r of input.recipients) {
    body.push(sectionTitle(`${r.name} · ${r.role[lang]}`));
    body.push(subtle(`${r.reason[lang]} (${r.article})${r.later ? ` · ${T.later[lang]}` : ""}`, { spacing: "none" }));
    if (r.assumed) body.push(subtle(r.assumed, { spacing: "none" }));
    if (r.duty) body.push(text(`⚠️ ${r.duty[lang]}`, { color: "warning" }));
    if (r.sees.length > 0)
      body.push({ type: "FactSet", facts: r.sees.map((s) => ({ title: s.label[lang], value: s.value })) });
    else body.push(text(T.nothingPersonal[lang]));
    if (r.withheld.length > 0) body.push(subtle(`${T.withheld[lang]}: ${r.withheld.map((w) => w[lang]).join(", ")}`));
  }
  body.push(subtle(T.after[lang]));
  return adaptiveCard(
    lang,
    body,
    [
      execute(CANDIDATE_VERBS.submit, T.submit[lang], {}, { style: "positive" }),
      navigate(CANDIDATE_VERBS.edit, T.edit[lang]),
    ],
    {
      fallbackText: T.reviewHeading[lang],
    },
  );
}
