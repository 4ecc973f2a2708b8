import { t } from "../../common/localized.js";
import type { Assumption, Validity } from "../rulebook.js";

/**
 * Art. 12 of seed 004: in force after signing by all parties for 3 years, "daarna wordt het
 * convenant jaarlijks stilzwijgend verlengd met een jaar" (lid 1). A tacit renewal needs no
 * act, so the convenant has no last day of its own (`to: null`); only a recorded end stops it
 * (`ended`: a decision after the yearly evaluation, art. 11 lid 2). A single party's written
 * withdrawal (lid 2, at least 6 months' notice) ends that party's participation, not the
 * convenant: it is recorded in `lvWithdrawals`.
 */
export const lvValidity: Validity = {
  from: "2025-01-14",
  to: null,
  extensions: [],
  note: t(
    "Drie jaar na ondertekening door alle partijen, daarna jaarlijks stilzwijgend verlengd met een jaar (art. 12 lid 1): er is dus geen einddatum. Een partij kan haar deelname schriftelijk beëindigen met een opzegtermijn van minstens 6 maanden (art. 12 lid 2); leg dat vast als opzegging. Eindigt het convenant zelf (art. 11 lid 2), leg dan de laatste dag vast.",
    "Three years after signing by all parties, then tacitly renewed by one year at a time (art. 12(1)): so there is no end date. A party may end its participation in writing with at least 6 months' notice (art. 12(2)); record that as a withdrawal. If the convenant itself ends (art. 11(2)), record its last day.",
  ),
};

export const lvValidityAssumption: Assumption = {
  id: "lv-geldigheid",
  text_nl:
    "AANNAME: de bron noemt geen datum van ondertekening; wij nemen aan dat het convenant geldt vanaf 14 januari 2025 (collegebesluit nr. 3921). De eerste periode van 3 jaar loopt t/m 13 januari 2028; daarna verlengt het convenant zich stilzwijgend per jaar zonder dat iemand iets hoeft te doen.",
  text_en:
    "ASSUMED: the seed gives no signing date; we take the convenant to apply from 14 January 2025 (college decision no. 3921). The first 3-year period runs up to and including 13 January 2028; after that the convenant renews itself tacitly by a year, with no act needed.",
};

/** A party's written withdrawal (art. 12 lid 2): from the day after `lastDay` it takes no part. */
export interface LvWithdrawal {
  partyId: string;
  /** Last day of participation; at least 6 months after the written notice. */
  lastDay: string;
  source: string;
}

/** Recorded withdrawals, as data (none known). */
export const lvWithdrawals: readonly LvWithdrawal[] = [];

/** Art. 12 as data: the dashboard shows when the convenant renews and the notice period. */
export const lvDuration = {
  article: "art. 12",
  initialYears: 3,
  initialPeriodLastDay: "2028-01-13",
  tacitRenewalYears: 1,
  withdrawalNoticeMonths: 6,
  withdrawals: lvWithdrawals,
} as const;

/**
 * Recurring terms of the parties (not of one case): the yearly evaluation of the convenant, with a
 * report by the gemeente (art. 11 lid 1), and at least two platform meetings a year (art. 2 Alle
 * partijen b; art. 2 Gemeente e: the gemeente organises and reports).
 */
export const lvPartyTerms = [
  {
    code: "LV.11.1",
    article: "art. 11 lid 1",
    title: t(
      "Partijen evalueren het convenant ten minste eenmaal per jaar in overleg; de gemeente maakt er een verslag van",
      "The parties evaluate the convenant at least once a year in consultation; the gemeente reports on it",
    ),
    timesPerYear: 1,
    organisedBy: "lv-gemeente-leidschendam-voorburg",
  },
  {
    code: "LV.2.b",
    article: "art. 2 Alle partijen b; art. 2 Gemeente e",
    title: t(
      "Elke partij neemt minimaal tweemaal per jaar deel aan een bijeenkomst van het Platform huisvesting zorgafhankelijke groepen",
      "Each party takes part in a meeting of the Platform huisvesting zorgafhankelijke groepen at least twice a year",
    ),
    timesPerYear: 2,
    organisedBy: "lv-gemeente-leidschendam-voorburg",
  },
] as const;
