import { contentHash } from "../common/canonical-hash.js";
import type { Rulebook } from "./rulebook.js";

/** The rulebook as plain data (no functions, no zod objects): what a receipt's hash covers. */
export function rulebookData(rulebook: Rulebook) {
  return {
    id: rulebook.id,
    version: rulebook.version,
    title: rulebook.title,
    seed: rulebook.seed,
    region: rulebook.region,
    validity: rulebook.validity,
    legalStatus: rulebook.legalStatus,
    assumptions: rulebook.assumptions,
    facts: rulebook.facts.map(({ schema: _schema, ...rest }) => rest),
    eligibleHints: rulebook.eligibleHints ?? [],
    refusalHints: rulebook.refusalHints ?? [],
    rules: rulebook.rules.map(({ evaluate: _evaluate, ...rest }) => rest),
    parameters: rulebook.parameters,
    parties: rulebook.parties,
    deadlines: rulebook.deadlines,
  };
}

const hashes = new WeakMap<Rulebook, string>();

/** Computed once per rulebook object: checks run often, rulebooks never change at run time. */
export function rulebookHash(rulebook: Rulebook): string {
  let hash = hashes.get(rulebook);
  if (!hash) {
    hash = contentHash(rulebookData(rulebook));
    hashes.set(rulebook, hash);
  }
  return hash;
}
