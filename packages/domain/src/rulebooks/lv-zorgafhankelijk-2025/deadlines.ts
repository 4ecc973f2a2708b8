import { t } from "../../common/localized.js";
import type { DeadlineDefinition } from "../../deadlines/deadline.js";

/** Process terms of seed 004 (not check reasons: facts.md, "Process codes"). */
export const lvDeadlines: readonly DeadlineDefinition[] = [
  {
    code: "LV.5.4",
    article: "art. 5 lid 4",
    title: t(
      "De sociale verhuurders bieden indien mogelijk binnen drie maanden woonruimte aan, op volgorde van aanmelding; noodwoningen gaan voor convenantwoningen",
      "The social landlords offer a home within three months where possible, in order of registration; noodwoningen before convenantwoningen",
    ),
    startsAt: "aanmelding",
    term: { months: 3 },
    // "indien mogelijk binnen drie maanden": a target, never a hard breach.
    kind: "target",
    metBy: "first_offer",
    scope: "case",
    owners: { roles: ["verhuurder"], source: "LV art. 5 lid 4: de sociale verhuurders bieden aan" },
  },
  {
    code: "LV.4.9",
    article: "art. 4 lid 9",
    title: t(
      "Tijdelijke huurovereenkomst van maximaal 2 jaar; na gezamenlijke positieve evaluatie omgezet naar onbepaalde tijd",
      "Temporary lease of at most 2 years; made permanent after a positive joint evaluation",
    ),
    startsAt: "lease_start",
    term: { years: 2 },
    kind: "at_most",
    scope: "case",
    owners: {
      roles: ["verhuurder", "begeleider"],
      source: "LV art. 4 lid 9: gezamenlijke evaluatie vóór het einde van de tijdelijke huurovereenkomst",
    },
  },
  {
    code: "LV.4.10",
    article: "art. 4 lid 10 en 13",
    title: t(
      "Woonbegeleidingsovereenkomst met de zorgorganisatie voor ten minste één jaar, als bijlage bij de huurovereenkomst",
      "Woonbegeleidingsovereenkomst with the care organisation for at least one year, attached to the lease",
    ),
    startsAt: "agreement_start",
    term: { years: 1 },
    kind: "at_least",
    scope: "case",
  },
  {
    code: "LV.5.11",
    article: "art. 5 lid 11",
    title: t(
      "De begeleider of casemanager evalueert minimaal jaarlijks de voortgang met de huurder en de sociale verhuurder",
      "The support worker or casemanager evaluates progress with the tenant and the social landlord at least yearly",
    ),
    startsAt: "last_evaluation",
    term: { years: 1 },
    kind: "within",
    recurring: true,
    scope: "case",
    owners: { roles: ["verhuurder", "begeleider"], source: "LV art. 5 lid 11: minstens jaarlijks evalueren" },
  },
];
