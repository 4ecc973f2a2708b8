import type { Rulebook } from "@convenantbot/domain";
import { distributionOf, noodwoningenPerYearOf } from "./rulebook-parameters.js";
import { dutchDayOf, yearOf } from "./periods.js";

export interface DashboardInput {
  rulebook: Rulebook;
  /** Aanmeldingen of this rulebook (status and when), no content. */
  aanmeldingen: readonly { createdAt: string; status: string }[];
  /** Offers made on those aanmeldingen. */
  offers: readonly { landlordPartyId: string; offeredOn: string; response: string | null }[];
  partyName: (partyId: string) => string;
  currentYear: number;
}

const count = <T>(items: readonly T[], pick: (item: T) => boolean) => items.filter(pick).length;

/**
 * The platform's view of one rulebook, as counts only: registered demand against offers per
 * year, each landlord's offers against its agreed yearly number (LV art. 9; Stichting
 * Duivenvoorde 1, the others "not recorded" until the Platform enters them), and noodwoningen
 * used against the two a year (LV art. 6 lid 4). A concept aanmelding is not demand yet.
 */
export function quotaDashboard(input: DashboardInput) {
  const { rulebook } = input;
  const registered = input.aanmeldingen
    .filter((a) => a.status !== "concept")
    .map((a) => yearOf(dutchDayOf(a.createdAt)));
  const offerYears = input.offers.map((o) => yearOf(o.offeredOn));
  const years = [...new Set([...registered, ...offerYears, input.currentYear])].sort((a, b) => a - b);
  const distribution = distributionOf(rulebook);
  const nood = noodwoningenPerYearOf(rulebook);
  const landlordIds = [
    ...rulebook.parties.filter((p) => p.role === "sociale_verhuurder").map((p) => p.id),
    ...input.offers.map((o) => o.landlordPartyId),
  ].filter((id, i, all) => all.indexOf(id) === i);
  return {
    rulebook: rulebook.id,
    title: rulebook.title,
    years,
    demand: years.map((year) => ({
      year,
      registered: count(registered, (y) => y === year),
      offered: count(offerYears, (y) => y === year),
    })),
    landlords: landlordIds.map((partyId) => ({
      partyId,
      name: input.partyName(partyId),
      perYear: years.map((year) => {
        const mine = input.offers.filter((o) => o.landlordPartyId === partyId && yearOf(o.offeredOn) === year);
        return {
          year,
          offered: mine.length,
          accepted: count(mine, (o) => o.response === "geaccepteerd"),
          quota: distribution?.homesPerYear[partyId] ?? null,
        };
      }),
    })),
    quota: distribution
      ? { code: distribution.code, article: distribution.article, source: distribution.source }
      : null,
    noodwoningen: nood
      ? {
          code: nood.code,
          article: nood.article,
          perYear: nood.count,
          beyond: nood.beyondCount,
          // "Used": a family moved in, i.e. the (single) offer was accepted; offered counts every offer.
          years: years.map((year) => ({
            year,
            used: count(input.offers, (o) => yearOf(o.offeredOn) === year && o.response === "geaccepteerd"),
            offered: count(offerYears, (y) => y === year),
          })),
        }
      : null,
    assumptions: distribution
      ? rulebook.assumptions
          .filter((a) => a.id.endsWith("verdeling"))
          .map((a) => ({ text_nl: a.text_nl, text_en: a.text_en }))
      : [],
  };
}
