import { describe, expect, it } from "vitest";
import { noFilters, parseFilter, queryOf, statusChoices, typeChoices } from "./filters";

describe("inbox filters", () => {
  it("ask nothing of the API when nothing is chosen", () => {
    expect(queryOf(noFilters)).toEqual({});
  });

  it("send type, status and overdue only when chosen", () => {
    expect(queryOf({ type: "overlast", status: "nieuw", overdueOnly: true })).toEqual({
      type: "overlast",
      status: "nieuw",
      overdue: "true",
    });
    expect(queryOf({ type: "", status: "afgesloten", overdueOnly: false })).toEqual({ status: "afgesloten" });
  });

  it("offer the domain's five types and statuses, and ignore a value that is not one of them", () => {
    expect(typeChoices).toContain("ontruimingsvonnis");
    expect(statusChoices).toEqual(["nieuw", "bevestigd", "in_behandeling", "afgesloten", "doorgestuurd"]);
    expect(parseFilter("overlast", typeChoices)).toBe("overlast");
    expect(parseFilter("brand", typeChoices)).toBe("");
  });
});
