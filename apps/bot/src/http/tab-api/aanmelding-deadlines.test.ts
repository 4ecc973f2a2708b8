import { deadlinesFrom, findRulebookVersions } from "@convenantbot/domain";
import { describe, expect, it } from "vitest";
import { trackDeadlines } from "./aanmelding-deadlines.js";

const lv = findRulebookVersions("lv-zorgafhankelijk-2025").at(-1)!;
const stored = deadlinesFrom(lv.deadlines, "aanmelding", "2026-01-15");
const byCode = (list: ReturnType<typeof trackDeadlines>, code: string) => list.find((d) => d.code === code);

describe("deadlines of an aanmelding (LV)", () => {
  it("the three-month offer term (LV.5.4) is overdue without an offer, and met by the first offer", () => {
    const none = trackDeadlines({
      stored,
      definitions: lv.deadlines,
      offers: [],
      lease: null,
      closed: false,
      today: "2026-04-16",
    });
    expect(byCode(none, "LV.5.4")).toMatchObject({ due: "2026-04-15", overdue: true });
    const offered = trackDeadlines({
      stored,
      definitions: lv.deadlines,
      offers: [{ offeredOn: "2026-03-01" }],
      lease: null,
      closed: false,
      today: "2026-04-16",
    });
    expect(byCode(offered, "LV.5.4")).toMatchObject({ metOn: "2026-03-01", overdue: false });
  });

  it("the temporary lease (LV.4.9) is due at its evaluation date, and the yearly evaluation (LV.5.11) a year after the start", () => {
    const lease = { temporaryStart: "2026-05-01", evaluationDue: "2027-11-01", madePermanentOn: null, endedOn: null };
    const list = trackDeadlines({
      stored,
      definitions: lv.deadlines,
      offers: [{ offeredOn: "2026-03-01" }],
      lease,
      closed: false,
      today: "2027-05-02",
    });
    expect(byCode(list, "LV.4.9")).toMatchObject({ due: "2027-11-01", overdue: false });
    expect(byCode(list, "LV.5.11")).toMatchObject({ due: "2027-05-01", overdue: true });
  });

  it("making the lease permanent meets LV.4.9 and restarts the yearly evaluation from that day", () => {
    const lease = {
      temporaryStart: "2026-05-01",
      evaluationDue: "2027-11-01",
      madePermanentOn: "2027-10-15",
      endedOn: null,
    };
    const list = trackDeadlines({
      stored,
      definitions: lv.deadlines,
      offers: [],
      lease,
      closed: false,
      today: "2028-01-01",
    });
    expect(byCode(list, "LV.4.9")).toMatchObject({ metOn: "2027-10-15", overdue: false });
    expect(byCode(list, "LV.5.11")).toMatchObject({ due: "2028-10-15", overdue: false });
  });

  it("a closed case has nothing overdue", () => {
    const list = trackDeadlines({
      stored,
      definitions: lv.deadlines,
      offers: [],
      lease: null,
      closed: true,
      today: "2030-01-01",
    });
    expect(list.every((d) => !d.overdue)).toBe(true);
  });

  it("convenant-wide meetings (KW.EVALUATIE, MH.BREED_OVERLEG) are not a case's deadline", () => {
    const mh = findRulebookVersions("mh-uitstroom-2019").at(-1)!;
    const lease = { temporaryStart: "2020-01-01", evaluationDue: "2021-01-01", madePermanentOn: null, endedOn: null };
    const list = trackDeadlines({
      stored: [],
      definitions: mh.deadlines,
      offers: [],
      lease,
      closed: false,
      today: "2021-06-01",
    });
    expect(list.map((d) => d.code)).toEqual(["MH.REGULIER_HUURCONTRACT"]);
    expect(list[0]).toMatchObject({ due: "2021-01-01", overdue: true });
  });
});
