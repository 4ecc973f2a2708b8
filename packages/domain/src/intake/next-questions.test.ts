import { describe, expect, it } from "vitest";
import { resolveRulebook } from "../rulebooks/registry.js";
import { nextQuestions } from "./next-questions.js";

const kw = resolveRulebook("kw-huisuitzetting-2019", "2026-03-01");

describe("intake sequencing", () => {
  it("asks the first missing fact with its Dutch and English question and answer type", () => {
    // The scope comes first (the convenant covers tenants of its signatory corporations), then the doelgroep.
    const first = nextQuestions(kw, {}, "2026-03-01", { limit: 1 });
    expect(first.questions[0]).toMatchObject({ fact: "landlordCorporation", answer: "choice" });
    const step = nextQuestions(kw, { landlordCorporation: "kw-quawonen" }, "2026-03-01", { limit: 1 });
    expect(step.questions).toHaveLength(1);
    expect(step.questions[0]).toMatchObject({ fact: "notSelfReliant", answer: "boolean" });
    expect(step.questions[0]?.text.nl).toMatch(/huisuitzetting te voorkomen/);
    expect(step.questions[0]?.text.en).toMatch(/prevent an eviction/);
    expect(step.decided).toBe(false);
  });

  it("skips answered facts", () => {
    const step = nextQuestions(
      kw,
      { landlordCorporation: "kw-quawonen", notSelfReliant: true, opiumActViolation: false },
      "2026-03-01",
      { limit: 1 },
    );
    expect(step.questions[0]?.fact).toBe("illegalOccupation");
  });

  it("stops asking once a failed rule fixes the outcome, unless asked to complete", () => {
    const facts = { notSelfReliant: true, opiumActViolation: true };
    expect(nextQuestions(kw, facts, "2026-03-01").questions).toEqual([]);
    expect(nextQuestions(kw, facts, "2026-03-01").decided).toBe(true);
    expect(nextQuestions(kw, facts, "2026-03-01", { complete: true }).questions.length).toBeGreaterThan(0);
  });
});
