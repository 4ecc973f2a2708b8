import { describe, expect, it } from "vitest";
import type { SignalDetail, SignalSummary } from "@convenantbot/contract";
import { renderHtml, textOf } from "../testing/render";
import { SignalActions } from "./SignalActions";
import { SignalTable } from "./SignalTable";

const summary = (overrides: Partial<SignalSummary> = {}): SignalSummary => ({
  id: "3b8be417-0000-4000-8000-000000000001",
  type: "overlast",
  rulebook: "lv-zorgafhankelijk-2025",
  channel: "convenant",
  createdAt: "2026-11-23T10:00:00.000Z",
  status: "nieuw",
  direction: "received",
  senderPartyName: "Stichting Vidomes",
  tenantName: "Testhuurder Twee",
  overdue: false,
  dueDate: "2026-11-26",
  actions: ["bevestigen", "oppakken", "doorsturen"],
  ...overrides,
});

describe("SignalTable", () => {
  it("shows each signal with its type, status, sender, tenant and term, and a CSV export", () => {
    const text = textOf(renderHtml(<SignalTable items={[summary()]} onOpen={() => undefined} />));
    expect(text).toContain("Signalen van je organisatie"); // je register (issue 12)
    expect(text).toContain("Overlast");
    expect(text).toContain("nieuw");
    expect(text).toContain("Stichting Vidomes");
    expect(text).toContain("Testhuurder Twee");
    expect(text).toContain("26 nov 2026");
    expect(text).toContain("Exporteer CSV");
    expect(text).not.toContain("Termijn verstreken");
  });

  it("shows the sender's own dossier number beside the kenmerk when the API sends it (the sending party only)", () => {
    const sent = textOf(
      renderHtml(
        <SignalTable
          items={[summary({ kenmerk: "HA-2026-0012", direction: "sent", ownReference: "HV/2026-77" })]}
          onOpen={() => undefined}
        />,
      ),
    );
    expect(sent).toContain("HA-2026-0012 · HV/2026-77");
    const received = textOf(
      renderHtml(<SignalTable items={[summary({ kenmerk: "HA-2026-0012" })]} onOpen={() => undefined} />),
    );
    expect(received).toContain("HA-2026-0012");
    expect(received).not.toContain("HV/2026-77");
  });

  it("marks an overdue signal, in English too", () => {
    const html = renderHtml(
      <SignalTable items={[summary({ overdue: true, type: "huurachterstand" })]} onOpen={() => undefined} />,
      "en",
    );
    expect(html).toContain('data-overdue="true"');
    expect(textOf(html)).toContain("Rent arrears");
    expect(textOf(html)).toContain("Overdue");
  });

  it("says so when no signal matches the filters", () => {
    expect(textOf(renderHtml(<SignalTable items={[]} onOpen={() => undefined} />))).toContain(
      "Geen signalen met deze filters.",
    );
  });
});

describe("SignalActions", () => {
  const detail = (actions: SignalDetail["actions"]): SignalDetail => ({
    ...summary({ actions }),
    rulebookTitle: { nl: "LV", en: "LV" },
    fields: [],
    history: [],
    lifecycles: [],
    forwardTargets: [{ partyId: "lv-lokale-kamer", name: "Lokale Kamer Leidschendam-Voorburg" }],
    closeOutcomes: ["opgelost", "ontruiming_voorkomen"],
  });

  it("offers exactly the card's actions for the signal's status", () => {
    const fresh = textOf(
      renderHtml(
        <SignalActions
          detail={detail(["bevestigen", "oppakken", "doorsturen"])}
          busy={false}
          onAct={() => undefined}
        />,
      ),
    );
    expect(fresh).toContain("Bevestig ontvangst");
    expect(fresh).toContain("Pak op");
    expect(fresh).toContain("Lokale Kamer Leidschendam-Voorburg");
    expect(fresh).not.toContain("Sluit af");
    const taken = textOf(
      renderHtml(<SignalActions detail={detail(["doorsturen", "afsluiten"])} busy={false} onAct={() => undefined} />),
    );
    expect(taken).toContain("Sluit af");
    expect(taken).toContain("Ontruiming voorkomen");
    expect(taken).not.toContain("Bevestig ontvangst");
  });

  it("explains why nothing can be done when the party does not own the signal", () => {
    expect(textOf(renderHtml(<SignalActions detail={detail([])} busy={false} onAct={() => undefined} />))).toContain(
      "je bent niet de eigenaar",
    );
  });
});
