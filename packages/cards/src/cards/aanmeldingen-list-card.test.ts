import { describe, expect, it } from "vitest";
import type { Container } from "../card-types.js";
import { aanmeldingItems } from "../testing/samples.js";
import { allActions } from "../testing/validate.js";
import { aanmeldingenListCard, AANMELDINGEN_SHOWN } from "./aanmeldingen-list-card.js";

describe("aanmeldingenListCard", () => {
  it("says there are none, with the way to start", () => {
    const text = JSON.stringify(aanmeldingenListCard([], "nl"));
    expect(text).toContain("Mijn aanmeldingen (0)");
    expect(text).toContain("Typ 'nieuwe aanmelding' om te beginnen.");
  });

  it("shows each aanmelding's rulebook, id, outcome, status, date, party and next deadline", () => {
    const card = aanmeldingenListCard(aanmeldingItems(4), "nl");
    const blocks = card.body.filter((e): e is Container => e.type === "Container");
    expect(blocks).toHaveLength(4);
    const first = JSON.stringify(blocks[0]);
    expect(first).toContain("**Convenantwoning Leidschendam-Voorburg 2025** · A-2026-0001");
    expect(first).toContain("Komt in aanmerking");
    expect(first).toContain("aangemaakt 1 maart 2026 · status: in behandeling · partij: Lokale Kamer");
    expect(first).toContain("⚠️ volgende termijn: Aanbod van een woning, 1 juni 2026 (verstreken)");
    expect(first).toContain(`"color":"attention"`);
    const second = JSON.stringify(blocks[1]);
    expect(second).toContain("aangemaakt 1 maart 2026 14:45 · status: ingediend");
    expect(second).not.toContain("partij:");
    expect(second).not.toContain("termijn");
    expect(JSON.stringify(blocks[2])).toContain("volgende termijn: Aanbod van een woning, 1 juni 2026");
    expect(allActions(card)).toEqual([]);
  });

  it("a passed 'zo mogelijk vóór' date reads 'streefdatum voorbij', never 'verstreken' (LV art. 5 lid 4: indien mogelijk)", () => {
    const [item] = aanmeldingItems(1);
    const target = { ...item!, nextDeadline: { ...item!.nextDeadline!, overdue: true, target: true } };
    const nl = JSON.stringify(aanmeldingenListCard([target], "nl"));
    expect(nl).toContain("volgende termijn: Aanbod van een woning, 1 juni 2026 (streefdatum voorbij)");
    expect(nl).not.toContain("verstreken");
    expect(nl).not.toContain("⚠️");
    expect(nl).not.toContain(`"color":"attention"`);
    expect(JSON.stringify(aanmeldingenListCard([target], "en"))).toContain("(target date passed)");
  });

  it("uses a status label when given, in English too", () => {
    const [item] = aanmeldingItems(1);
    const text = JSON.stringify(
      aanmeldingenListCard([{ ...item!, statusLabel: { nl: "Bij verhuurder", en: "With landlord" } }], "en"),
    );
    expect(text).toContain("status: With landlord");
    expect(text).toContain("My aanmeldingen (1)");
    expect(text).toContain("Eligible");
  });

  it(`shows at most ${AANMELDINGEN_SHOWN} and says how many more there are`, () => {
    const card = aanmeldingenListCard(aanmeldingItems(40), "en");
    expect(card.body.filter((e) => e.type === "Container")).toHaveLength(AANMELDINGEN_SHOWN);
    expect(JSON.stringify(card)).toContain("My aanmeldingen (40)");
    expect(JSON.stringify(card)).toContain("And 15 more aanmeldingen that do not fit here.");
  });
});
