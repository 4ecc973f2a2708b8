import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject } from "ajv";
import type { AdaptiveCard, CardAction } from "../card-types.js";

const require = createRequire(import.meta.url);

/**
 * The product's own copy of the official 1.5 schema (schema/README.md), never ../shared:
 * tests must run from this package alone.
 */
const schemaPath = new URL("../../schema/adaptive-card-1.5.json", import.meta.url);
const fileSchema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
// Draft-06 names the schema's URI `id`; ajv 8 only knows `$id` and refuses `id`. Renamed in
// memory so the file stays a byte-exact official copy.
const { id: schemaUri, ...schemaRest } = fileSchema;
const cardSchema: Record<string, unknown> = { $id: schemaUri, ...schemaRest };

// The schema is draft-06 and uses custom keywords ("version", "features"): strict mode off.
// Formats (uri-reference for image and link URLs) are not checked: no card here has a URL,
// and ajv-formats is not a dependency.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json") as Record<string, unknown>);
const validateSchema = ajv.compile(cardSchema);

/** ajv errors for a card; Teams' `msteams` property is not in the schema, so it is removed first. */
export function schemaErrors(card: AdaptiveCard | Record<string, unknown>): ErrorObject[] {
  const { msteams: _msteams, ...rest } = card as Record<string, unknown>;
  return validateSchema(rest) ? [] : [...(validateSchema.errors ?? [])];
}

/**
 * The official renderer library, loaded from its UMD bundle: it parses (not renders) in
 * Node without a DOM. Typed from its own declarations.
 */
type AdaptiveCardsModule = typeof import("adaptivecards");
const AC = require("adaptivecards/dist/adaptivecards.js") as AdaptiveCardsModule;

export interface LibraryReport {
  /** Parse events (unknown element/action types, unsupported versions, bad values). */
  parseEvents: string[];
  /** Validation events (duplicate ids, required inputs without label or error message, …). */
  validationEvents: string[];
  /** The library's own re-serialisation, to check nothing we sent was dropped. */
  roundTrip: Record<string, unknown>;
}

export function parseWithLibrary(card: AdaptiveCard): LibraryReport {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card as unknown as Record<string, unknown>, context);
  const parseEvents: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    parseEvents.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  const validationEvents = parsed
    .validateProperties()
    .validationEvents.map((e) => `${AC.ValidationEvent[e.event]}: ${e.message}`);
  return { parseEvents, validationEvents, roundTrip: parsed.toJSON() as Record<string, unknown> };
}

/** Every action in a card, including those in ActionSets and inside Action.ShowCard cards. */
export function allActions(node: unknown): CardAction[] {
  const found: CardAction[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.type === "string" && record.type.startsWith("Action."))
      found.push(record as unknown as CardAction);
    Object.values(record).forEach(walk);
  };
  walk(node);
  return found;
}

/** Every input element (anything with a type starting "Input." except Input.Choice). */
export function allInputs(node: unknown): Array<Record<string, unknown> & { id: string; type: string }> {
  const found: Array<Record<string, unknown> & { id: string; type: string }> = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.type === "string" && record.type.startsWith("Input.") && typeof record.id === "string") {
      found.push(record as Record<string, unknown> & { id: string; type: string });
    }
    Object.values(record).forEach(walk);
  };
  walk(node);
  return found;
}

/** All texts a card shows, to assert on wording without depending on layout. */
export function allText(node: unknown): string {
  return JSON.stringify(node);
}

/** The input with this id, or a test failure that says which ids there are. */
export function inputById(card: unknown, id: string): Record<string, unknown> & { id: string; type: string } {
  const inputs = allInputs(card);
  const found = inputs.find((i) => i.id === id);
  if (!found) throw new Error(`no input ${id}; inputs: ${inputs.map((i) => i.id).join(", ")}`);
  return found;
}

/** Executes by verb (first match), searching nested ShowCard cards too. */
export function executeByVerb(card: unknown, verb: string): Extract<CardAction, { type: "Action.Execute" }> {
  const found = allActions(card).find((a) => a.type === "Action.Execute" && a.verb === verb);
  if (!found || found.type !== "Action.Execute") throw new Error(`no Action.Execute with verb ${verb}`);
  return found;
}

export function executeVerbs(card: unknown): string[] {
  return allActions(card).flatMap((a) => (a.type === "Action.Execute" ? [a.verb] : []));
}
