import { describe, expect, it } from "vitest";
import { gemeenteKernen, gemeenteOf, isSameGemeente } from "./gemeenten.js";

describe("gemeente names (facts.md residentOf)", () => {
  it.each([
    "Leidschendam-Voorburg",
    "leidschendam-voorburg",
    "Leidschendam Voorburg",
    "LEIDSCHENDAM - VOORBURG",
    " Voorburg ",
    "Leidschendam",
    "STOMPWIJK",
  ])("%j is Leidschendam-Voorburg", (place) => expect(isSameGemeente(place, "Leidschendam-Voorburg")).toBe(true));

  // Nootdorp is Pijnacker-Nootdorp, Leidschenveen is Den Haag: only the gemeente's own woonplaatsen count.
  it.each(["Den Haag", "Rijswijk", "Gouda", "Nootdorp", "Nootdorp-Oost", "Leidschenveen"])(
    "%j is not Leidschendam-Voorburg",
    (place) => {
      expect(isSameGemeente(place, "Leidschendam-Voorburg")).toBe(false);
    },
  );

  it.each([
    ["Schoonhoven", "Krimpenerwaard"],
    ["krimpen aan de lek", "Krimpenerwaard"],
    ["Gooise meren", "Gooise Meren"],
    ["Bodegraven Reeuwijk", "Bodegraven-Reeuwijk"],
    ["'s Graveland", "Wijdemeren"],
  ])("%j belongs to %j", (place, gemeente) => expect(isSameGemeente(place, gemeente)).toBe(true));

  it.each([
    ["Polsbroek", "Krimpenerwaard"], // Lopik since 2015
    ["Krimpen aan den IJssel", "Krimpenerwaard"], // a gemeente of its own
    ["Nootdorp", "Leidschendam-Voorburg"],
  ])("%j does not belong to %j", (place, gemeente) => expect(isSameGemeente(place, gemeente)).toBe(false));

  it("lists each woonplaats once, under one gemeente", () => {
    const all = Object.values(gemeenteKernen).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it("keeps an unknown place as given", () => expect(gemeenteOf(" Utrecht ")).toBe("Utrecht"));
});
