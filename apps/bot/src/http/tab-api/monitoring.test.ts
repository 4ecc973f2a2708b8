import {
  applyAction,
  findRulebookVersions,
  openSignalState,
  type SignalOutcome,
  type SignalState,
} from "@convenantbot/domain";
import { describe, expect, it } from "vitest";
import { monitoringRows, type MonitoringSignal } from "./monitoring.js";

const kw = findRulebookVersions("kw-huisuitzetting-2019").at(-1)!;
const mh = findRulebookVersions("mh-uitstroom-2019").at(-1)!;
const parties = new Map([...kw.parties, ...mh.parties].map((p) => [p.id, { name: p.name, role: p.role }]));

function lifecycle(
  closed?: { outcome: SignalOutcome; at: string },
  options: { evictionImminent?: boolean; caseContext?: SignalState["caseContext"] } = {},
): SignalState {
  let state = openSignalState({
    rulebook: "kw-huisuitzetting-2019",
    type: "huurachterstand",
    channel: "convenant",
    senderPartyId: "kw-quawonen",
    recipient: { partyId: "kw-meldpunt-ggd-hm", role: "meldpunt" },
    receivedAt: "2026-02-01T09:00:00+01:00",
    ...(options.evictionImminent ? { evictionImminent: true } : {}),
    ...(options.caseContext ? { caseContext: options.caseContext } : {}),
  });
  if (!closed) return state;
  const actor = { partyId: "kw-meldpunt-ggd-hm", role: "meldpunt" as const };
  const taken = applyAction(state, { type: "oppakken" }, actor, "2026-02-02T09:00:00+01:00");
  if (taken.noop) throw new Error("unexpected noop");
  state = taken.state;
  const done = applyAction(state, { type: "afsluiten", outcome: closed.outcome }, actor, closed.at);
  if (done.noop) throw new Error("unexpected noop");
  return done.state;
}

const signal = (type: MonitoringSignal["type"], createdAt: string, lifecycles: SignalState[]): MonitoringSignal => ({
  type,
  senderPartyId: "kw-quawonen",
  recipientPartyIds: ["kw-meldpunt-ggd-hm"],
  createdAt,
  lifecycles,
});

describe("half-yearly monitoring (counts only)", () => {
  it("counts signals per type, court rulings, and evictions prevented/executed once, in the half year they were closed", () => {
    const { periods, rows } = monitoringRows({
      rulebook: kw,
      parties,
      aanmeldingen: [],
      offers: [],
      offerDueOf: () => undefined,
      signals: [
        signal("huurachterstand", "2026-02-01T08:00:00.000Z", [
          lifecycle({ outcome: "ontruiming_voorkomen", at: "2026-08-01T10:00:00+02:00" }),
        ]),
        signal("ontruimingsvonnis", "2026-03-01T08:00:00.000Z", [
          lifecycle({ outcome: "ontruimd", at: "2026-04-01T10:00:00+02:00" }, { evictionImminent: true }),
        ]),
        signal("overlast", "2026-06-30T22:30:00.000Z", [lifecycle()]),
      ],
    });
    expect(periods).toEqual(["2026-H2", "2026-H1"]);
    const h1 = rows.find((r) => r.period === "2026-H1")!;
    expect(h1).toMatchObject({
      gemeente: "Krimpenerwaard",
      landlord: "QuaWonen",
      ontruimingsvonnissen: 1,
      evictionsExecuted: 1,
      evictionsPrevented: 0,
    });
    expect(h1.signals).toMatchObject({ huurachterstand: 1, ontruimingsvonnis: 1, overlast: 0 });
    // 30 June 22:30 UTC is 1 July in the Netherlands: the second half year.
    const h2 = rows.find((r) => r.period === "2026-H2")!;
    expect(h2).toMatchObject({ evictionsPrevented: 1 });
    expect(h2.signals.overlast).toBe(1);
    expect(JSON.stringify(rows)).not.toMatch(/kw-|Testhuurder|tenant/);
  });

  it("places MH aanmeldingen in the gemeente where the candidate lives, and judges offers against the three-month term", () => {
    const { rows } = monitoringRows({
      rulebook: mh,
      parties,
      signals: [],
      aanmeldingen: [
        { id: "a1", createdAt: "2020-01-10T10:00:00.000Z", status: "ingediend", residentOf: "Reeuwijk" },
        { id: "a2", createdAt: "2020-02-10T10:00:00.000Z", status: "ingediend", residentOf: "Utrecht" },
        { id: "a3", createdAt: "2020-02-11T10:00:00.000Z", status: "concept", residentOf: "Gouda" },
      ],
      offers: [
        { aanmeldingId: "a1", landlordPartyId: "mh-woningcorporaties", offeredOn: "2020-03-01", withinTerm: null },
        { aanmeldingId: "a1", landlordPartyId: "mh-woningcorporaties", offeredOn: "2020-05-01", withinTerm: null },
        { aanmeldingId: "a2", landlordPartyId: "mh-woningcorporaties", offeredOn: "2020-06-01", withinTerm: true },
      ],
      offerDueOf: (id) => (id === "a1" ? "2020-04-10" : undefined),
    });
    const bodegraven = rows.filter((r) => r.gemeente === "Bodegraven-Reeuwijk");
    expect(bodegraven.reduce((s, r) => s + r.aanmeldingen, 0)).toBe(1);
    expect(bodegraven.find((r) => r.landlord !== null)).toMatchObject({ offers: 2, offersWithinTerm: 1 });
    // Not a gemeente of the convenant: counted under the region, never under the raw place name.
    expect(rows.some((r) => r.gemeente === "Utrecht")).toBe(false);
    expect(rows.find((r) => r.gemeente === mh.region && r.landlord !== null)).toMatchObject({
      offers: 1,
      offersWithinTerm: 1,
    });
    expect(rows.reduce((s, r) => s + r.aanmeldingen, 0)).toBe(2);
  });
});
