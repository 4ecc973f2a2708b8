import { t } from "../../common/localized.js";
import type { DeadlineDefinition } from "../../deadlines/deadline.js";

/** Process terms of the noodwoning route (seed 004, art. 6). */
export const noodwoningDeadlines: readonly DeadlineDefinition[] = [
  {
    code: "LV.6.4",
    article: "art. 6 lid 4; art. 5 lid 4",
    title: t(
      "De sociale verhuurders (m.u.v. Stichting Duivenvoorde) bieden indien mogelijk binnen drie maanden een noodwoning aan, conform de aanmeldprocedure voor een convenantwoning (met voorrang)",
      "The social landlords (except Stichting Duivenvoorde) offer a noodwoning within three months where possible, by the convenantwoning procedure (with priority)",
    ),
    startsAt: "aanmelding",
    term: { months: 3 },
    // "indien mogelijk binnen drie maanden": a target, never a hard breach.
    kind: "target",
    metBy: "first_offer",
    scope: "case",
    owners: { roles: ["verhuurder"], source: "LV art. 6 lid 4: de verhuurders bieden een noodwoning aan" },
  },
];
