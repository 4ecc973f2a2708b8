import {
  evictionEffect,
  gemeenteOf,
  signalTypes,
  type Rulebook,
  type SignalState,
  type SignalType,
} from "@convenantbot/domain";
import { gemeentenOf } from "./rulebook-parameters.js";
import { dutchDayOf, halfYearOf } from "./periods.js";

export interface MonitoringSignal {
  type: SignalType;
  senderPartyId: string;
  recipientPartyIds: readonly string[];
  createdAt: string;
  lifecycles: readonly SignalState[];
}

export interface MonitoringAanmelding {
  id: string;
  createdAt: string;
  status: string;
  /** Only read to place the case in a gemeente; never returned. */
  residentOf: unknown;
}

export interface MonitoringOffer {
  aanmeldingId: string;
  landlordPartyId: string;
  offeredOn: string;
  withinTerm: boolean | null;
}

export interface MonitoringInput {
  rulebook: Rulebook;
  parties: ReadonlyMap<string, { name: string; role: string }>;
  signals: readonly MonitoringSignal[];
  aanmeldingen: readonly MonitoringAanmelding[];
  offers: readonly MonitoringOffer[];
  /** Due date of each aanmelding's offer term (LV.5.4), to judge offers the store has no verdict on. */
  offerDueOf: (aanmeldingId: string) => string | undefined;
}

export interface MonitoringRow {
  period: string;
  gemeente: string;
  landlord: string | null;
  signals: Record<SignalType, number>;
  ontruimingsvonnissen: number;
  evictionsPrevented: number;
  evictionsExecuted: number;
  aanmeldingen: number;
  offers: number;
  offersWithinTerm: number;
}

const emptyCounts = (): Record<SignalType, number> =>
  Object.fromEntries(signalTypes.map((t) => [t, 0])) as Record<SignalType, number>;

/**
 * Half-yearly counts per gemeente and landlord, for one rulebook. Counts only: no id, name or
 * address leaves this function. Evictions are counted once per signal from its outcome
 * (domain `evictionEffect`): "ontruimd" on any lifecycle wins over "ontruiming voorkomen", in
 * the half year it was closed; that one shared count is what gemeenten and corporations,
 * which count evictions differently, can both use.
 */
export function monitoringRows(input: MonitoringInput): { periods: string[]; rows: MonitoringRow[] } {
  const { rulebook, parties } = input;
  const gemeenten = gemeentenOf(rulebook);
  const onlyGemeente = gemeenten.size === 1 ? [...gemeenten.values()][0]! : undefined;
  const rows = new Map<string, MonitoringRow>();
  const row = (period: string, gemeente: string, landlord: string | null): MonitoringRow => {
    const key = JSON.stringify([period, gemeente, landlord]);
    let found = rows.get(key);
    if (!found) {
      found = {
        period,
        gemeente,
        landlord,
        signals: emptyCounts(),
        ontruimingsvonnissen: 0,
        evictionsPrevented: 0,
        evictionsExecuted: 0,
        aanmeldingen: 0,
        offers: 0,
        offersWithinTerm: 0,
      };
      rows.set(key, found);
    }
    return found;
  };
  const nameOf = (partyId: string | undefined) => (partyId ? (parties.get(partyId)?.name ?? partyId) : undefined);
  const roleOf = (partyId: string) => parties.get(partyId)?.role;

  // A signal's gemeente: the case's own (caseContext), the rulebook's only one, a gemeente that
  // took part, else the region. Its landlord: the case's, else the landlord that took part.
  for (const signal of input.signals) {
    const involved = [
      signal.senderPartyId,
      ...signal.recipientPartyIds,
      ...signal.lifecycles.map((l) => l.ownerPartyId),
    ];
    const context = signal.lifecycles.find((l) => l.caseContext)?.caseContext;
    const gemeente =
      (context?.gemeentePartyId ? gemeenten.get(context.gemeentePartyId) : undefined) ??
      onlyGemeente ??
      involved.map((p) => gemeenten.get(p)).find((g) => g !== undefined) ??
      rulebook.region;
    const landlord =
      nameOf(context?.landlordPartyId) ?? nameOf(involved.find((p) => roleOf(p) === "sociale_verhuurder")) ?? null;
    const received = row(halfYearOf(dutchDayOf(signal.createdAt)), gemeente, landlord);
    received.signals[signal.type] += 1;
    if (signal.lifecycles.some((l) => l.evictionImminent)) received.ontruimingsvonnissen += 1;
    const closed = signal.lifecycles.filter((l) => l.outcome && l.closedAt);
    const executed = closed.find((l) => evictionEffect[l.outcome!] === "executed");
    const prevented = closed.find((l) => evictionEffect[l.outcome!] === "prevented");
    const decisive = executed ?? prevented;
    if (decisive?.closedAt) {
      const closedRow = row(halfYearOf(dutchDayOf(decisive.closedAt)), gemeente, landlord);
      if (executed) closedRow.evictionsExecuted += 1;
      else closedRow.evictionsPrevented += 1;
    }
  }

  // An aanmelding's gemeente: where the candidate lives (facts.residentOf) when that is one of the rulebook's gemeenten.
  const known = new Map([...gemeenten.values()].map((g) => [g.toLocaleLowerCase("nl"), g]));
  const gemeenteOfCase = new Map<string, string>();
  for (const a of input.aanmeldingen) {
    const place =
      typeof a.residentOf === "string" ? known.get(gemeenteOf(a.residentOf).toLocaleLowerCase("nl")) : undefined;
    const gemeente = place ?? onlyGemeente ?? rulebook.region;
    gemeenteOfCase.set(a.id, gemeente);
    if (a.status === "concept") continue;
    row(halfYearOf(dutchDayOf(a.createdAt)), gemeente, null).aanmeldingen += 1;
  }
  for (const offer of input.offers) {
    const gemeente = gemeenteOfCase.get(offer.aanmeldingId) ?? onlyGemeente ?? rulebook.region;
    const counted = row(halfYearOf(offer.offeredOn), gemeente, nameOf(offer.landlordPartyId) ?? null);
    counted.offers += 1;
    const due = input.offerDueOf(offer.aanmeldingId);
    const within = offer.withinTerm ?? (due !== undefined ? offer.offeredOn <= due : false);
    if (within) counted.offersWithinTerm += 1;
  }

  const sorted = [...rows.values()].sort(
    (a, b) =>
      b.period.localeCompare(a.period) ||
      a.gemeente.localeCompare(b.gemeente, "nl") ||
      (a.landlord ?? "").localeCompare(b.landlord ?? "", "nl"),
  );
  return { periods: [...new Set(sorted.map((r) => r.period))], rows: sorted };
}
