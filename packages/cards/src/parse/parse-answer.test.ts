import { describe, expect, it } from "vitest";
import { factNamed, questionOf } from "../testing/fixtures.js";
import { parseAnswer } from "./parse-answer.js";

const q = (name: string) => questionOf(factNamed(name));

describe("parseAnswer: valid values as card clients send them", () => {
  it.each([
    ["validId", "true", true],
    ["validId", "false", false],
    ["validId", true, true],
    ["validId", " Ja ", true],
    ["validId", "nee", false],
    ["validId", "yes", true],
    ["yearsResident", "7", 7],
    ["yearsResident", "7.5", 7.5],
    ["yearsResident", "7,5", 7.5],
    ["yearsResident", 0, 0],
    ["yearsResident", "120", 120],
    ["minorChildren", "2", 2],
    ["evictionReason", "huurschuld", "huurschuld"],
    ["targetLandlord", "Stichting Duivenvoorde", "Stichting Duivenvoorde"],
    ["grounds", "medisch", ["medisch"]],
    ["grounds", "geweld,medisch", ["medisch", "geweld"]],
    ["grounds", " medisch , medisch,calamiteit", ["medisch", "calamiteit"]],
    ["grounds", ["geweld"], ["geweld"]],
    ["evictionDate", "2026-04-01", "2026-04-01"],
    ["evictionDate", "1-4-2026", "2026-04-01"],
    ["residentOf", "  Voorburg ", "Voorburg"],
  ] as const)("%s <- %j", (fact, raw, value) => {
    expect(parseAnswer(q(fact), raw)).toEqual({ status: "answered", fact, value });
  });
});

describe("parseAnswer: nothing given is unknown, not an error or a default", () => {
  it.each([
    ["validId", ""],
    ["validId", "unknown"],
    ["validId", "onbekend"],
    ["validId", undefined],
    ["validId", null],
    ["yearsResident", "  "],
    ["grounds", ""],
    ["grounds", ","],
    ["grounds", []],
    ["evictionReason", "unknown"],
    ["evictionDate", ""],
    ["residentOf", ""],
  ] as const)("%s <- %j", (fact, raw) => {
    expect(parseAnswer(q(fact), raw)).toEqual({ status: "unknown", fact });
  });
});

describe("parseAnswer: invalid values name the field in Dutch and English", () => {
  it.each([
    [
      "validId",
      "misschien",
      "kies ja, nee of onbekend; ontvangen: 'misschien'",
      "choose yes, no or unknown; received: 'misschien'",
    ],
    ["yearsResident", "zeven", "'zeven' is geen getal", "'zeven' is not a number"],
    ["yearsResident", "1e3", "'1e3' is geen getal", "'1e3' is not a number"],
    ["yearsResident", "-1", "-1 is kleiner dan het minimum 0", "-1 is below the minimum 0"],
    ["yearsResident", "121", "121 is groter dan het maximum 120", "121 is above the maximum 120"],
    ["minorChildren", "1.5", "'1.5' is geen heel getal", "'1.5' is not a whole number"],
    [
      "evictionReason",
      "brand",
      "'brand' is geen toegestane keuze; kies uit: overlast, fraude, ondermijning, huurschuld, anders",
      "'brand' is not an allowed choice",
    ],
    ["grounds", "medisch,brand", "'brand' is geen toegestane keuze", "'brand' is not an allowed choice"],
    ["grounds", 5, "'5' is geen toegestane keuze", "'5' is not an allowed choice"],
    ["evictionDate", "2026-02-30", "'2026-02-30' is geen bestaande datum", "'2026-02-30' is not an existing date"],
    ["evictionDate", "morgen", "'morgen' is geen bestaande datum", "'morgen' is not an existing date"],
    [
      "residentOf",
      "x".repeat(201),
      "de tekst is te lang (ten hoogste 200 tekens)",
      "the text is too long (at most 200 characters)",
    ],
    ["residentOf", { a: 1 }, "wordt niet geaccepteerd", "is not accepted"],
  ] as const)("%s <- %j", (fact, raw, nl, en) => {
    const parsed = parseAnswer(q(fact), raw);
    expect(parsed.status).toBe("invalid");
    if (parsed.status !== "invalid") return;
    expect(parsed.issue.field).toBe(fact);
    expect(parsed.issue.message_nl).toContain(nl);
    expect(parsed.issue.message_en).toContain(en);
    // The field is named in both languages: its question as shown, and the fact name.
    expect(parsed.issue.message_nl).toContain(`(${fact})`);
    expect(parsed.issue.message_en).toContain(`(${fact})`);
    expect(parsed.issue.message_nl).toContain(factNamed(fact).question.nl.slice(0, 20));
    expect(parsed.issue.message_en).toContain(factNamed(fact).question.en.slice(0, 20));
  });
});
