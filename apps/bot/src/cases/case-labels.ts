import type { CaseHistoryAction, CaseRole, CaseStatus, FieldCategory, Localized } from "@convenantbot/domain";

const L = (nl: string, en: string): Localized => ({ nl, en });

export const caseStatusLabels: Readonly<Record<CaseStatus, Localized>> = {
  ingediend: L("ingediend", "submitted"),
  ontvangen: L("ontvangen", "received"),
  in_behandeling: L("in behandeling", "in progress"),
  aanbod_gedaan: L("aanbod gedaan", "offer made"),
  aanvaard: L("aanbod aanvaard", "offer accepted"),
  geweigerd: L("aanbod geweigerd", "offer declined"),
  geplaatst: L("geplaatst (tijdelijke huurovereenkomst)", "placed (temporary lease)"),
  geevalueerd: L("geëvalueerd", "evaluated"),
  afgesloten: L("afgesloten", "closed"),
  ingetrokken: L("ingetrokken", "withdrawn"),
  afgewezen: L("afgewezen", "rejected"),
};

/** The button of a step, and the line it leaves in the history. */
export const caseActionLabels: Readonly<Record<CaseHistoryAction, { button: Localized; done: Localized }>> = {
  indienen: { button: L("Indienen", "Submit"), done: L("aanmelding ingediend", "aanmelding submitted") },
  ontvangen: {
    button: L("Ontvangst bevestigen", "Confirm receipt"),
    done: L("ontvangst bevestigd", "receipt confirmed"),
  },
  oppakken: { button: L("Oppakken", "Take up"), done: L("opgepakt", "taken up") },
  aanbod_doen: { button: L("Aanbod vastleggen", "Record offer"), done: L("aanbod gedaan", "offer made") },
  aanvaarden: { button: L("Aanbod aanvaard", "Offer accepted"), done: L("aanbod aanvaard", "offer accepted") },
  weigeren: { button: L("Aanbod geweigerd", "Offer declined"), done: L("aanbod geweigerd", "offer declined") },
  huurovereenkomst: {
    button: L("Huurovereenkomst vastleggen", "Record lease"),
    done: L("tijdelijke huurovereenkomst gestart", "temporary lease started"),
  },
  evalueren: { button: L("Evaluatie vastleggen", "Record evaluation"), done: L("geëvalueerd", "evaluated") },
  afsluiten: { button: L("Afsluiten", "Close"), done: L("afgesloten", "closed") },
  intrekken: { button: L("Intrekken", "Withdraw"), done: L("ingetrokken", "withdrawn") },
  afwijzen: { button: L("Afwijzen", "Reject"), done: L("afgewezen", "rejected") },
  toewijzen: { button: L("Toewijzen aan collega", "Assign to colleague"), done: L("toegewezen", "assigned") },
  notitie: { button: L("Notitie toevoegen", "Add note"), done: L("notitie", "note") },
  kwetsbaarheid_vastleggen: {
    button: L("Kwetsbaarheid vastleggen", "Record vulnerability"),
    done: L("kwetsbaarheid vastgelegd", "vulnerability recorded"),
  },
  overdragen: {
    button: L("Overdragen aan regiehouder", "Hand over to regiehouder"),
    done: L("overgedragen aan regiehouder", "handed over to regiehouder"),
  },
  doorzetten: {
    button: L("Doorzetten naar de volgende partij", "Pass on to the next party"),
    done: L("doorgezet in de keten", "passed on in the chain"),
  },
  woonbegeleiding_gestart: {
    button: L("Woonbegeleidingsovereenkomst gestart", "Support agreement started"),
    done: L("woonbegeleidingsovereenkomst gestart", "support agreement started"),
  },
  uitkering_huur_gestart: {
    button: L("Huur uit uitkering gestart", "Rent from benefit started"),
    done: L("huur uit uitkering gestart", "rent from benefit started"),
  },
  // Written by the bot's sweep, never a button.
  herinnering: {
    button: L("Herinnering", "Reminder"),
    done: L("herinnering: termijn nadert", "reminder: term approaching"),
  },
  escalatie: {
    button: L("Escalatie", "Escalation"),
    done: L("escalatie naar de coördinator: termijn verstreken", "escalated to the coordinator: term passed"),
  },
};

export const caseRoleLabels: Readonly<Record<CaseRole, Localized>> = {
  aanmelder: L("aanmelder", "nominating party"),
  verhuurder: L("verhuurder", "landlord"),
  begeleider: L("begeleider", "support party"),
  meldpunt: L("meldpunt", "meldpunt"),
  beoordelaar: L("beoordelaar", "assessor"),
};

export const categoryLabels: Readonly<Record<FieldCategory, Localized>> = {
  process: L("procesinformatie (iedere betrokken partij)", "process information (every party involved)"),
  identity: L("identiteit", "identity"),
  contact: L("contactgegevens", "contact details"),
  financial: L("financieel", "financial"),
  nuisance: L("overlast", "nuisance"),
  care: L("zorg (niet voor verhuurders)", "care (not for landlords)"),
  justice: L("justitieel (alleen Reclassering)", "justice (Reclassering only)"),
};
