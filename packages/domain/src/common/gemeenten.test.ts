import { describe, expect, it } from "vitest";
import { gemeenteOf, isSameGemeente } from "./gemeenten.js";

describe("gemeente names (facts.md residentOf)", () => {
  it.each(["Leidschendam-Voorburg", "leidschendam-voorburg", " Voorburg ", "Leidschendam", "STOMPWIJK"])(
    "%j is Leidschendam-Voorburg",
    (place) => expect(isSameGemeente(place, "Leidschendam-Voorburg")).toBe(true),
  );
  it.each(["Den Haag", "Rijswijk", "Gouda"])("%j is not Leidschendam-Voorburg", (place) => {
    expect(isSameGemeente(place, "Leidschendam-Voorburg")).toBe(false);
  });
  it("keeps an unknown place as given", () => expect(gemeenteOf(" Utrecht ")).toBe("Utrecht"));
});
