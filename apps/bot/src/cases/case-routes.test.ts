import { describe, expect, it } from "vitest";
import { caseActionFromCard } from "./case-routes.js";

describe("caseActionFromCard: a card's inputs as the domain's step", () => {
  const rows: { name: string; data: Record<string, unknown>; step: Record<string, unknown> }[] = [
    {
      name: "step-scoped reason (the card's own id)",
      data: { action: "weigeren", "weigeren.reason": "te ver weg" },
      step: { type: "weigeren", reason: "te ver weg" },
    },
    {
      name: "step-scoped date",
      data: { action: "aanbod_doen", "aanbod_doen.on": "2026-12-01" },
      step: { type: "aanbod_doen", on: "2026-12-01" },
    },
    {
      name: "another step's input on the same card is not read",
      data: { action: "intrekken", "weigeren.reason": "x", "intrekken.reason": "verhuisd" },
      step: { type: "intrekken", reason: "verhuisd" },
    },
    {
      name: "plain key (cards posted before, the API)",
      data: { action: "afsluiten", reason: "klaar" },
      step: { type: "afsluiten", reason: "klaar" },
    },
    {
      name: "step-scoped toggle",
      data: { action: "kwetsbaarheid_vastleggen", "kwetsbaarheid_vastleggen.established": "true" },
      step: { type: "kwetsbaarheid_vastleggen", established: true },
    },
    {
      name: "step-scoped note and category",
      data: { action: "notitie", "notitie.note": "gebeld", "notitie.category": "process" },
      step: { type: "notitie", note: "gebeld", category: "process" },
    },
  ];
  for (const row of rows) it(row.name, () => expect(caseActionFromCard(row.data)).toEqual(row.step));
});
