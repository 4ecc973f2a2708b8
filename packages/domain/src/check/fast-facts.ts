import type { z } from "zod";
import type { Rulebook } from "../rulebooks/rulebook.js";

/**
 * A fast path for facts that are plainly well-formed: a checker per fact compiled once from the
 * fact's own zod schema. It accepts only values that zod surely accepts, with the same output;
 * anything else (a wrong value, an unknown key, a schema it does not recognise) returns
 * `undefined` and the caller runs the zod parse, which also writes the error message.
 * Checks run for every open case at once, and zod's general machinery was half their cost.
 */
/** A fact checker answers the parsed value, or INVALID. */
const INVALID: unique symbol = Symbol("invalid");
type FactChecker = (value: unknown) => unknown;

interface CompiledFacts {
  /** In the rulebook's fact order: zod's strict object puts its output keys in shape order. */
  names: readonly string[];
  checkers: readonly FactChecker[];
  /** Per set of given facts (bit i: names[i] is given), an object of just those keys (shapeOf). */
  shapes: Map<number, Readonly<Record<string, unknown>>>;
}

/** A set of given facts is a bit mask in a double, exact up to 2 ** 53; a longer list goes without. */
const MAX_MASKED_FACTS = 52;
/** 2 ** i, looked up: Math.pow in the loop cost as much as the rest of the parse. */
const BITS: readonly number[] = Array.from({ length: MAX_MASKED_FACTS }, (_, i) => 2 ** i);
/** Intakes answer the facts in a few orders, so a handful of sets per rulebook covers nearly every check. */
const MAX_SHAPES = 1024;

/**
 * An object with exactly the given facts as keys, in rulebook order (values null), whose spread
 * is the output's start. Built key by key with computed keys, V8 makes an object of more than
 * some 16 keys a dictionary, slow for every rule that reads a fact (gv-urgentie has 33,
 * lv-zorgafhankelijk 29); JSON.parse builds it with fast properties, and a spread keeps them.
 */
function shapeOf(
  compiled: CompiledFacts,
  mask: number,
  given: readonly number[],
  count: number,
): Readonly<Record<string, unknown>> {
  let shape = compiled.shapes.get(mask);
  if (!shape) {
    const keys = given.slice(0, count).map((i) => `${JSON.stringify(compiled.names[i])}:null`);
    shape = JSON.parse(`{${keys.join(",")}}`) as Record<string, unknown>;
    if (compiled.shapes.size >= MAX_SHAPES) compiled.shapes.clear();
    compiled.shapes.set(mask, shape);
  }
  return shape;
}

const compiledCache = new WeakMap<Rulebook, CompiledFacts>();

interface ZodInternals {
  _zod: {
    def: {
      type: string;
      checks?: readonly { _zod: { def: Record<string, unknown> } }[];
      entries?: Record<string, unknown>;
      element?: unknown;
    };
  };
}

const defOf = (schema: unknown) => (schema as ZodInternals)._zod.def;

function numberChecker(schema: z.ZodType): FactChecker | undefined {
  let integer = false;
  let min = -Infinity;
  let minInclusive = true;
  let max = Infinity;
  let maxInclusive = true;
  for (const check of defOf(schema).checks ?? []) {
    const def = check._zod.def;
    if (def["check"] === "number_format" && def["format"] === "safeint") integer = true;
    else if (def["check"] === "greater_than" && typeof def["value"] === "number" && min === -Infinity) {
      min = def["value"];
      minInclusive = def["inclusive"] === true;
    } else if (def["check"] === "less_than" && typeof def["value"] === "number" && max === Infinity) {
      max = def["value"];
      maxInclusive = def["inclusive"] === true;
    } else return undefined;
  }
  return (value) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return INVALID;
    if (integer && !Number.isSafeInteger(value)) return INVALID;
    if (minInclusive ? value < min : value <= min) return INVALID;
    if (maxInclusive ? value > max : value >= max) return INVALID;
    return value;
  };
}

function enumValues(schema: unknown): ReadonlySet<unknown> | undefined {
  const def = defOf(schema);
  if (def.type !== "enum" || (def.checks?.length ?? 0) > 0 || !def.entries) return undefined;
  const values = Object.values(def.entries);
  return values.every((v) => typeof v === "string") ? new Set(values) : undefined;
}

/** A checker for the schema shapes the fact helpers build; `undefined` leaves the fact to zod. */
function checkerOf(schema: z.ZodType): FactChecker | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case "boolean":
      if ((def.checks?.length ?? 0) > 0) return undefined;
      return (value) => (typeof value === "boolean" ? value : INVALID);
    case "number":
      return numberChecker(schema);
    case "enum": {
      const values = enumValues(schema);
      return values && ((value) => (values.has(value) ? value : INVALID));
    }
    case "array": {
      const values = def.element !== undefined && (def.checks?.length ?? 0) === 0 ? enumValues(def.element) : undefined;
      // zod returns a new array, never the input itself.
      return (
        values &&
        ((value) => {
          if (!Array.isArray(value)) return INVALID;
          for (let i = 0; i < value.length; i++) if (!values.has(value[i])) return INVALID;
          return value.slice();
        })
      );
    }
    default:
      return undefined;
  }
}

function compiledOf(rulebook: Rulebook): CompiledFacts {
  let compiled = compiledCache.get(rulebook);
  if (!compiled) {
    const checkers = rulebook.facts.map(
      (fact): FactChecker =>
        checkerOf(fact.schema) ??
        // A fact the fast path does not know still goes through its own schema, alone.
        ((value) => {
          const parsed = fact.schema.safeParse(value);
          return parsed.success ? parsed.data : INVALID;
        }),
    );
    compiled = { names: rulebook.facts.map((f) => f.name), checkers, shapes: new Map() };
    compiledCache.set(rulebook, compiled);
  }
  return compiled;
}

/** The parsed facts when every key is known and every value plainly valid; `undefined` otherwise. */
export function fastParseFacts(rulebook: Rulebook, facts: unknown): Record<string, unknown> | undefined {
  if (facts === null || typeof facts !== "object" || Array.isArray(facts)) return undefined;
  if (Object.getPrototypeOf(facts) !== Object.prototype) return undefined;
  const compiled = compiledOf(rulebook);
  const { names, checkers } = compiled;
  const input = facts as Record<string, unknown>;
  const given: number[] = new Array(names.length);
  const values: unknown[] = new Array(names.length);
  let count = 0;
  let mask = 0;
  for (let i = 0; i < names.length; i++) {
    const value = input[names[i]!];
    if (value === undefined) continue;
    // An inherited property (a fact named like an Object method) counts as unknown here: zod decides.
    if (!Object.prototype.hasOwnProperty.call(input, names[i]!)) return undefined;
    const checked = checkers[i]!(value);
    if (checked === INVALID) return undefined;
    given[count] = i;
    values[count++] = checked;
    if (i < MAX_MASKED_FACTS) mask += BITS[i]!;
  }
  // Any other own key (an unknown fact, or a fact given as undefined) is zod's to judge.
  if (count !== Object.keys(input).length) return undefined;
  // The keys in rulebook order first (the shape), then the values into them.
  const out: Record<string, unknown> =
    names.length <= MAX_MASKED_FACTS ? { ...shapeOf(compiled, mask, given, count) } : {};
  for (let k = 0; k < count; k++) out[names[given[k]!]!] = values[k];
  return out;
}
