import { describe, expect, it } from "vitest";
import type { TrackedDeadline } from "@convenantbot/contract";
import { deadlineState, nextDeadline } from "./next-deadline";

const deadline = (code: string, due: string, extra: Partial<TrackedDeadline> = {}): TrackedDeadline => ({
  code,
  article: "art. x",
  title: { nl: code, en: code },
  kind: "within",
  due,
  overdue: false,
  ...extra,
});

describe("next deadline of an aanmelding", () => {
  it("puts an overdue deadline first, then the earliest running one", () => {
    const row = {
      deadlines: [
        deadline("LV.5.11", "2027-03-01"),
        deadline("LV.4.9", "2028-01-01", { kind: "at_most" }),
        deadline("LV.5.4", "2026-01-10", { overdue: true }),
      ],
    };
    expect(nextDeadline(row)?.code).toBe("LV.5.4");
  });

  it("skips met deadlines and 'at least' terms (those cannot be missed)", () => {
    const row = {
      deadlines: [
        deadline("LV.5.4", "2026-01-10", { metOn: "2026-01-02" }),
        deadline("LV.4.10", "2026-02-01", { kind: "at_least" }),
      ],
    };
    expect(nextDeadline(row)).toBeUndefined();
  });

  it("names the state of a deadline", () => {
    expect(deadlineState(deadline("a", "2026-01-01", { overdue: true }))).toBe("overdue");
    expect(deadlineState(deadline("a", "2026-01-01", { metOn: "2025-12-01" }))).toBe("met");
    expect(deadlineState(deadline("a", "2026-01-01"))).toBe("open");
    // LV art. 5 lid 4 "indien mogelijk binnen drie maanden": passing it is no breach.
    expect(deadlineState(deadline("a", "2026-01-01", { kind: "target", overdue: true }))).toBe("target_passed");
    expect(deadlineState(deadline("a", "2026-01-01", { kind: "target", overdue: true, metOn: "2026-02-01" }))).toBe(
      "met",
    );
  });

  it("puts a lapsed hard term before a passed target date", () => {
    const row = {
      deadlines: [
        deadline("LV.5.4", "2026-01-10", { kind: "target", overdue: true }),
        deadline("X.1", "2026-02-01", { overdue: true }),
      ],
    };
    expect(nextDeadline(row)?.code).toBe("X.1");
  });
});
