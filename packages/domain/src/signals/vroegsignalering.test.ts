import { describe, expect, it } from "vitest";
import { isDomainError } from "../common/domain-error.js";
import { parseSignal } from "./parse-signal.js";
import { exampleSignal } from "./testing/signal-fixtures.js";
import { assertVroegsignaleringAllowed, vroegsignaleringIssues } from "./vroegsignalering.js";

const complete = {
  personalContactTried: true,
  pointedToSchuldhulp: true,
  writtenReminderOfferedDataSharing: true,
  tenantObjected: false,
};
const signal = (record?: Record<string, boolean>, extra: Record<string, unknown> = {}) =>
  parseSignal(
    exampleSignal("huurachterstand", "lv-zorgafhankelijk-2025", "lv-vidomes", {
      channel: "vroegsignalering",
      ...(record ? { vroegsignalering: record } : {}),
      ...extra,
    }),
  );

describe("Besluit gemeentelijke schuldhulpverlening art. 2 preconditions", () => {
  it.each([
    ["all recorded", complete, []],
    [
      "no record at all",
      undefined,
      [
        "vroegsignalering.personalContactTried",
        "vroegsignalering.pointedToSchuldhulp",
        "vroegsignalering.writtenReminderOfferedDataSharing",
        "vroegsignalering.tenantObjected",
      ],
    ],
    [
      "no personal contact tried",
      { ...complete, personalContactTried: false },
      ["vroegsignalering.personalContactTried"],
    ],
    [
      "not pointed to schuldhulp",
      { ...complete, pointedToSchuldhulp: false },
      ["vroegsignalering.pointedToSchuldhulp"],
    ],
    [
      "no reminder offering data sharing",
      { ...complete, writtenReminderOfferedDataSharing: false },
      ["vroegsignalering.writtenReminderOfferedDataSharing"],
    ],
    ["tenant objected (opt-out)", { ...complete, tenantObjected: true }, ["vroegsignalering.tenantObjected"]],
  ])("%s", (_name, record, fields) => {
    expect(vroegsignaleringIssues(signal(record)).map((i) => i.field)).toEqual(fields);
  });

  it("refuses with not_allowed listing every missing precondition in Dutch and English", () => {
    try {
      assertVroegsignaleringAllowed(signal({ personalContactTried: true }));
      expect.unreachable();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      expect(error.code).toBe("not_allowed");
      expect(error.issues.map((i) => i.field)).toEqual([
        "vroegsignalering.pointedToSchuldhulp",
        "vroegsignalering.writtenReminderOfferedDataSharing",
        "vroegsignalering.tenantObjected",
      ]);
      expect(error.message_nl).toContain("schuldhulpverlening");
      expect(error.message_en).toContain("debt counselling");
    }
  });

  it("has no local minimum by default (ASSUMED), but applies one from data", () => {
    const small = signal(complete, { monthsInArrears: 0.5, amountInArrears: 80 });
    expect(vroegsignaleringIssues(small)).toEqual([]);
    const fields = vroegsignaleringIssues(small, {
      vroegsignaleringMinimum: { monthsInArrears: 1, amountInArrears: 100 },
    }).map((i) => i.field);
    expect(fields).toEqual(["monthsInArrears", "amountInArrears"]);
  });

  it("concerns huurachterstand only", () => {
    const overlast = parseSignal(exampleSignal("overlast", "kw-huisuitzetting-2019", "kw-quawonen"));
    expect(vroegsignaleringIssues(overlast).map((i) => i.field)).toEqual(["type"]);
  });
});
