import { describe, expect, it } from "vitest";
import { SIGNALS_SHOWN, signalsListCard, type SignalListItem } from "./signals-list-card.js";

const item = (i: number, overrides: Partial<SignalListItem> = {}): SignalListItem => ({
  id: `0000000${i}-0000-4000-8000-000000000000`,
  kenmerk: `HA-2026-${String(i).padStart(4, "0")}`,
  type: "huurachterstand",
  status: "in_behandeling",
  createdAt: "2026-03-01T10:00:00Z",
  direction: "sent",
  otherParty: "Brijder",
  overdue: false,
  ...overrides,
});

describe("signalsListCard", () => {
  it("shows each signal by kenmerk, type, status and the other party, in the reader's language", () => {
    const nl = JSON.stringify(
      signalsListCard(
        [item(12), item(13, { direction: "received", type: "overlast", status: "nieuw", overdue: true })],
        "nl",
      ),
    );
    expect(nl).toContain("**HA-2026-0012** · Huurachterstand · in behandeling");
    expect(nl).toContain("1 maart 2026 11:00 · aan Brijder");
    expect(nl).toContain("Overlast · nieuw");
    expect(nl).toContain("van Brijder");
    expect(nl).toContain("Termijn verstreken");
    expect(nl).toContain("signaal <kenmerk>");
    expect(JSON.stringify(signalsListCard([item(1)], "en"))).toContain("Rent arrears (huurachterstand) · in progress");
  });

  it("says how many are left out beyond the first ones", () => {
    const card = signalsListCard(
      Array.from({ length: SIGNALS_SHOWN + 3 }, (_, i) => item(i + 1)),
      "nl",
    );
    expect(JSON.stringify(card)).toContain("En nog 3 signalen");
  });
});
