import { z } from "zod";
import type { Localized } from "../common/localized.js";

/** How the intake asks for a fact: the bot and tab render it, the domain decides it. */
export type AnswerType = "boolean" | "number" | "integer" | "text" | "choice" | "multi-choice" | "date";

export interface Choice {
  value: string;
  label: Localized;
}

export interface FactDefinition {
  name: string;
  schema: z.ZodType;
  answer: AnswerType;
  question: Localized;
  help?: Localized;
  choices?: readonly Choice[];
  /** Bounds for numbers, shown in the form and enforced by the schema. */
  min?: number;
  max?: number;
}

export function booleanFact(name: string, question: Localized, help?: Localized): FactDefinition {
  return { name, schema: z.boolean(), answer: "boolean", question, ...(help ? { help } : {}) };
}

export function numberFact(
  name: string,
  question: Localized,
  options: { integer?: boolean; min?: number; max?: number; help?: Localized } = {},
): FactDefinition {
  let schema = options.integer ? z.number().int() : z.number();
  if (options.min !== undefined) schema = schema.min(options.min);
  if (options.max !== undefined) schema = schema.max(options.max);
  return {
    name,
    schema,
    answer: options.integer ? "integer" : "number",
    question,
    ...(options.min !== undefined ? { min: options.min } : {}),
    ...(options.max !== undefined ? { max: options.max } : {}),
    ...(options.help ? { help: options.help } : {}),
  };
}

export function choiceFact(
  name: string,
  question: Localized,
  choices: readonly [Choice, ...Choice[]],
  help?: Localized,
): FactDefinition {
  const values = choices.map((c) => c.value) as [string, ...string[]];
  return { name, schema: z.enum(values), answer: "choice", question, choices, ...(help ? { help } : {}) };
}

export function multiChoiceFact(
  name: string,
  question: Localized,
  choices: readonly [Choice, ...Choice[]],
  help?: Localized,
): FactDefinition {
  const values = choices.map((c) => c.value) as [string, ...string[]];
  return {
    name,
    schema: z.array(z.enum(values)),
    answer: "multi-choice",
    question,
    choices,
    ...(help ? { help } : {}),
  };
}

export function textFact(name: string, question: Localized, help?: Localized): FactDefinition {
  return { name, schema: z.string().trim().min(1).max(200), answer: "text", question, ...(help ? { help } : {}) };
}
