import { describe, expect, it } from "vitest";
import type { ShowCardAction } from "../card-types.js";
import { signalInput } from "../testing/samples.js";
import { allActions, allInputs, executeByVerb, executeVerbs, inputById } from "../testing/validate.js";
import { signalCard } from "./signal-card.js";

describe("signalCard actions", () => {
  it("one Action.Execute per allowed action, each with data { signalId }", () => {
    const card = signalCard(signalInput("nl"));
    expect(executeVerbs(card.actions)).toEqual([
      "signal.bevestigen",
      "signal.oppakken",
      "signal.doorsturen",
      "signal.afsluiten",
    ]);
    for (const verb of executeVerbs(card.actions))
      expect(executeByVerb(card, verb).data).toEqual({ signalId: "sig-1" });
  });

  it("forwarding asks for 'forwardTo' inside a ShowCard, closing for 'closeOutcome'", () => {
    const card = signalCard(signalInput("en"));
    const shows = (card.actions ?? []).filter((a): a is ShowCardAction => a.type === "Action.ShowCard");
    expect(shows.map((s) => s.title)).toEqual(["Forward", "Close"]);
    const forward = inputById(shows[0]!.card, "forwardTo");
    expect(forward).toMatchObject({
      type: "Input.ChoiceSet",
      isRequired: true,
      errorMessage: "Choose whom to forward the signal to.",
    });
    expect(forward.choices).toEqual([
      { title: "Gemeente Krimpenerwaard (OOV)", value: "kw-gemeente-krimpenerwaard" },
      { title: "QuaWonen", value: "kw-quawonen" },
    ]);
    expect(executeVerbs(shows[0]!.card)).toEqual(["signal.doorsturen"]);
    const close = inputById(shows[1]!.card, "closeOutcome");
    expect(close.choices).toEqual([
      { title: "Resolved", value: "opgelost" },
      { title: "Support started", value: "hulp_gestart" },
    ]);
    expect(executeVerbs(shows[1]!.card)).toEqual(["signal.afsluiten"]);
    // Nothing to fill in on the card itself.
    expect(allInputs(card.body)).toEqual([]);
  });

  it("offers only the allowed actions", () => {
    const card = signalCard(signalInput("nl", { allowedActions: ["oppakken"] }));
    expect(executeVerbs(card.actions)).toEqual(["signal.oppakken"]);
    const none = signalCard(signalInput("nl", { allowedActions: [] }));
    expect(none).not.toHaveProperty("actions");
  });

  it("no forward targets: no forwarding; no close outcomes: closing is one button", () => {
    const card = signalCard(signalInput("nl", { forwardTargets: [], closeOutcomes: [] }));
    expect(executeVerbs(card.actions)).toEqual(["signal.bevestigen", "signal.oppakken", "signal.afsluiten"]);
    expect(allActions(card.actions).every((a) => a.type === "Action.Execute")).toBe(true);
  });
});

describe("signalCard: the sender's own dossier number (issue 15 item 7)", () => {
  it.each([
    ["nl", "Je eigen dossiernummer: HV/2026-77 · alleen jouw partij ziet het"],
    ["en", "Your own dossier number: HV/2026-77 · only your party sees it"],
  ] as const)("shown under the kenmerk when given (%s)", (lang, line) => {
    const card = signalCard(signalInput(lang, { ownReference: "HV/2026-77" }));
    expect(JSON.stringify(card.body)).toContain(line);
  });

  it("absent without one: the recipient's card never has the line", () => {
    expect(JSON.stringify(signalCard(signalInput("nl")).body)).not.toMatch(/dossiernummer/);
  });
});

describe("signalCard refresh (Universal Actions)", () => {
  it("refreshes with signal.refresh for at most 60 users", () => {
    const card = signalCard(signalInput("nl"));
    expect(card.refresh?.action).toMatchObject({
      type: "Action.Execute",
      verb: "signal.refresh",
      data: { signalId: "sig-1" },
    });
    expect(card.refresh?.userIds).toHaveLength(60);
    expect(card.refresh?.userIds?.[0]).toBe("29:user-0");
  });

  it("keeps the refresh action without userIds when none are given", () => {
    const card = signalCard(signalInput("en", { refreshUserIds: undefined }));
    expect(card.refresh?.action.verb).toBe("signal.refresh");
    expect(card.refresh).not.toHaveProperty("userIds");
  });
});

describe("signalCard content", () => {
  it("shows type, status, rulebook, fields and history in the user's language", () => {
    const nl = JSON.stringify(signalCard(signalInput("nl")));
    expect(nl).toContain("Signaal: Huurachterstand");
    expect(nl).toContain("Status: nieuw · Convenant voorkoming huisuitzettingen Krimpenerwaard");
    expect(nl).toContain(`{"title":"Achterstand","value":"2 maanden (€ 1.420)"}`);
    expect(nl).toContain("1 maart 2026 10:15 · Woonconsulent QuaWonen: nieuw");
    expect(nl).toContain("Meldpunt: custom step");
    expect(nl).toContain("Termijn: 29 maart 2026");
    const en = JSON.stringify(signalCard(signalInput("en", { status: "in_behandeling" })));
    expect(en).toContain("Signal: Rent arrears (huurachterstand)");
    expect(en).toContain("Status: in progress");
  });

  it("marks an overdue deadline", () => {
    const card = signalCard(signalInput("en", { overdue: true }));
    const block = card.body.find((e) => e.type === "TextBlock" && e.text.includes("Overdue"));
    expect(block).toMatchObject({ text: "⚠️ Overdue since: 29 March 2026", color: "attention" });
  });

  it("uses typeLabel when given and shows unknown codes as they are", () => {
    const text = JSON.stringify(
      signalCard(
        signalInput("nl", {
          type: "nieuw_type",
          typeLabel: { nl: "Eigen soort", en: "Own type" },
          status: "wacht_op_info",
        }),
      ),
    );
    expect(text).toContain("Signaal: Eigen soort");
    expect(text).toContain("Status: wacht op info");
    expect(JSON.stringify(signalCard(signalInput("nl", { type: "nieuw_type" })))).toContain("Signaal: nieuw type");
  });

  it("shows only the last 10 history entries", () => {
    const history = Array.from({ length: 15 }, (_, i) => ({
      at: "2026-03-01",
      actor: `actor-${i}`,
      action: "bevestigd",
    }));
    const text = JSON.stringify(signalCard(signalInput("nl", { history })));
    expect(text).not.toContain("actor-4:");
    expect(text).toContain("actor-5:");
    expect(text).toContain("actor-14:");
  });
});
