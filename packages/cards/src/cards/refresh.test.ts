import { describe, expect, it } from "vitest";
import { capRefreshUserIds, MAX_REFRESH_USER_IDS, refreshBlock } from "./refresh.js";

describe("refresh userIds", () => {
  it("caps at 60, keeping the first ones", () => {
    const ids = Array.from({ length: 100 }, (_, i) => `29:u${i}`);
    const capped = capRefreshUserIds(ids);
    expect(MAX_REFRESH_USER_IDS).toBe(60);
    expect(capped).toHaveLength(60);
    expect(capped[0]).toBe("29:u0");
    expect(capped[59]).toBe("29:u59");
  });

  it("drops duplicates and blanks before capping, so 60 distinct users refresh", () => {
    const ids = ["29:a", "29:a", " ", "", ...Array.from({ length: 70 }, (_, i) => `29:u${i}`)];
    const capped = capRefreshUserIds(ids);
    expect(capped).toHaveLength(60);
    expect(new Set(capped).size).toBe(60);
    expect(capped.slice(0, 2)).toEqual(["29:a", "29:u0"]);
  });

  it("a refresh block without users has an action and no userIds", () => {
    expect(refreshBlock("signal.refresh", "Refresh", { signalId: "s" }, [])).toEqual({
      action: { type: "Action.Execute", verb: "signal.refresh", title: "Refresh", data: { signalId: "s" } },
    });
    expect(refreshBlock("signal.refresh", "Refresh", { signalId: "s" }, ["29:x"]).userIds).toEqual(["29:x"]);
  });
});
