import { describe, expect, it } from "vitest";
import { groupStatusOf, outcomeOf, type RuleStatus } from "./status.js";

describe("outcome precedence (facts.md)", () => {
  it.each<[RuleStatus[], string]>([
    [["passed", "failed", "review", "unknown"], "not_eligible"],
    [["passed", "review", "unknown"], "needs_review"],
    [["passed", "unknown", "not_applicable"], "needs_info"],
    [["passed", "not_applicable"], "eligible"],
    [[], "eligible"],
  ])("%j -> %s", (statuses, outcome) => {
    expect(outcomeOf(statuses)).toBe(outcome);
  });
});

describe("alternatives group status: best of members, passed > review > unknown > failed", () => {
  it.each<[RuleStatus[], RuleStatus]>([
    [["failed", "passed", "unknown"], "passed"],
    [["failed", "review", "unknown"], "review"],
    [["failed", "unknown"], "unknown"],
    [["failed", "not_applicable"], "failed"],
    [["not_applicable", "not_applicable"], "failed"],
    [[], "failed"],
  ])("%j -> %s", (members, status) => {
    expect(groupStatusOf(members)).toBe(status);
  });
});
