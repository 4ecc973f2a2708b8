import { t } from "../../common/localized.js";
import type { Assumption, Validity } from "../rulebook.js";

/**
 * Art. 12 of seed 004: in force after signing by all parties, for 3 years, then tacitly
 * renewed by one year at a time. The seed has no signing date, so the start is ASSUMED
 * (the college decision of 14 January 2025); each renewal is recorded as an extension once
 * confirmed, so a check after the last recorded day says so instead of guessing.
 */
export const lvValidity: Validity = {
  from: "2025-01-14",
  to: "2028-01-13",
  extensions: [],
  note: t(
    "Drie jaar na ondertekening door alle partijen, daarna jaarlijks stilzwijgend verlengd met een jaar (art. 12 lid 1); opzegging per partij met minstens 6 maanden (art. 12 lid 2). Leg elke verlenging vast als extension.",
    "Three years after signing by all parties, then tacitly renewed by one year at a time (art. 12(1)); a party may withdraw with at least 6 months' notice (art. 12(2)). Record each renewal as an extension.",
  ),
};

export const lvValidityAssumption: Assumption = {
  id: "lv-geldigheid",
  text_nl:
    "ASSUMED: de bron noemt geen datum van ondertekening; wij nemen aan dat het convenant geldt vanaf 14 januari 2025 (collegebesluit nr. 3921) voor 3 jaar, t/m 13 januari 2028. Daarna wordt het jaarlijks stilzwijgend verlengd; leg elke verlenging vast (extension tot 13 januari van het volgende jaar).",
  text_en:
    "ASSUMED: the seed gives no signing date; we take the convenant to apply from 14 January 2025 (college decision no. 3921) for 3 years, up to and including 13 January 2028. It is then tacitly renewed yearly; record each renewal (an extension to 13 January of the next year).",
};

/** Art. 12 as data: the dashboard shows when the convenant renews and the notice period. */
export const lvDuration = {
  article: "art. 12",
  initialYears: 3,
  tacitRenewalYears: 1,
  withdrawalNoticeMonths: 6,
} as const;
