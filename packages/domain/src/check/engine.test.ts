import { describe, expect, it } from "vitest";
import { t } from "../common/localized.js";
import { booleanFact } from "../facts/fact-definition.js";
import type { Rulebook } from "../rulebooks/rulebook.js";
import { evaluateRulebook } from "./engine.js";
import { ENGINE_VERSION } from "./engine-version.js";
import { booleanRule, passed, unknown } from "./rule-helpers.js";
import { CheckResponseSchema } from "./schemas.js";
import packageJson from "../../package.json" with { type: "json" };

// A synthetic rulebook isolates the engine's mechanics from any real convenant.
const fact = (name: string) => booleanFact(name, t(`${name}?`, `${name}?`));
const rulebook: Rulebook = {
  id: "test-rulebook",
  version: "1",
  title: t("Test", "Test"),
  seed: "none",
  region: "nowhere",
  legalStatus: "vastgesteld",
  validity: { from: "2020-01-01", to: null, extensions: [] },
  assumptions: [],
  facts: ["a", "b", "x", "y", "flag"].map(fact),
  parameters: {},
  parties: [],
  deadlines: [],
  rules: [
    booleanRule({ code: "T.A", article: "art. 1", title: t("A", "A"), fact: "a", fails: false }),
    { code: "T.G", article: "art. 2", kind: "group", title: t("X of Y", "X or Y"), facts: [] },
    booleanRule({ code: "T.G.X", article: "art. 2a", title: t("X", "X"), fact: "x", fails: false, group: "T.G" }),
    booleanRule({ code: "T.G.Y", article: "art. 2b", title: t("Y", "Y"), fact: "y", fails: false, group: "T.G" }),
    {
      code: "T.B",
      article: "art. 3",
      title: t("B", "B"),
      facts: ["b"],
      // Conditional: only asked once a is known to be true.
      evaluate: (f) => (f["a"] !== true ? passed() : f["b"] === undefined ? unknown(["b"]) : passed()),
    },
    {
      code: "T.FLAG",
      article: "art. 4",
      kind: "informational",
      title: t("Flag", "Flag"),
      facts: ["flag"],
      evaluate: (f) => (f["flag"] === undefined ? unknown(["flag"]) : passed()),
    },
  ],
};

describe("check engine", () => {
  it("lists missing facts in rule order, group members' needs inside the group, informational last", () => {
    const result = evaluateRulebook(rulebook, { a: true }, "2024-01-01");
    expect(result.outcome).toBe("needs_info");
    expect(result.missing).toEqual(["x", "y", "b", "flag"]);
  });

  it("a passed group member makes the group pass and drops the other members' needs", () => {
    const result = evaluateRulebook(rulebook, { a: false, x: true }, "2024-01-01");
    expect(result.reasons.find((r) => r.code === "T.G")?.status).toBe("passed");
    expect(result.reasons.find((r) => r.code === "T.G.Y")?.status).toBe("unknown");
    expect(result.missing).toEqual(["flag"]);
  });

  it("a failed group member alone does not decide the outcome; the group does", () => {
    const result = evaluateRulebook(rulebook, { a: true, b: true, x: false, y: true, flag: true }, "2024-01-01");
    expect(result.reasons.find((r) => r.code === "T.G.X")?.status).toBe("failed");
    expect(result.outcome).toBe("eligible");
  });

  it("all members failed fails the group and the outcome", () => {
    const result = evaluateRulebook(rulebook, { a: true, b: true, x: false, y: false, flag: true }, "2024-01-01");
    expect(result.reasons.find((r) => r.code === "T.G")?.status).toBe("failed");
    expect(result.outcome).toBe("not_eligible");
  });

  it("an informational rule never decides the outcome", () => {
    const result = evaluateRulebook(rulebook, { a: true, b: true, x: true }, "2024-01-01");
    expect(result.outcome).toBe("eligible");
    expect(result.reasons.find((r) => r.code === "T.FLAG")).toMatchObject({ status: "unknown", informational: true });
  });

  it("carries a receipt that reproduces the decision", () => {
    const facts = { a: true, b: false, x: true };
    const first = evaluateRulebook(rulebook, facts, "2024-01-01");
    expect(CheckResponseSchema.parse(first)).toEqual(first);
    expect(first.receipt).toMatchObject({ rulebookVersion: "1", engineVersion: ENGINE_VERSION, facts });
    expect(first.receipt.rulebookHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const again = evaluateRulebook(rulebook, first.receipt.facts, first.asOf);
    expect(again).toEqual(first);
  });

  it("the rulebook hash changes when its data changes", () => {
    const changed: Rulebook = { ...rulebook, version: "2" };
    const a = evaluateRulebook(rulebook, {}, "2024-01-01").receipt.rulebookHash;
    const b = evaluateRulebook(changed, {}, "2024-01-01").receipt.rulebookHash;
    expect(a).not.toBe(b);
  });

  it("engine version equals the package version", () => {
    expect(ENGINE_VERSION).toBe(packageJson.version);
  });
});
