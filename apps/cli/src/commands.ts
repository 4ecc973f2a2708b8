import { z } from "zod";
import {
  DomainError,
  check,
  factsSchemaOf,
  findRulebookVersions,
  lastValidDay,
  listRulebooks,
  rulebookIds,
} from "@convenantbot/domain";
import { commandExtensions } from "./extensions.js";

type ReadInput = (source: string | undefined) => string;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DomainError("invalid_input", `Geen geldige JSON: ${detail}`, `Not valid JSON: ${detail}`, [
      { field: "(request)", message_nl: "Geen geldige JSON.", message_en: "Not valid JSON." },
    ]);
  }
}

/** One function per command, returning the JSON to print; thrown errors go to stderr. */
export function runCommand(command: string | undefined, argument: string | undefined, readInput: ReadInput): unknown {
  switch (command) {
    case "check":
      return check(parseJson(readInput(argument)));
    case "rulebooks":
      return listRulebooks().map((r) => ({
        id: r.id,
        version: r.version,
        title: r.title.nl,
        title_en: r.title.en,
        seed: r.seed,
        region: r.region,
        legalStatus: r.legalStatus,
        validFrom: r.validity.from,
        validTo: lastValidDay(r.validity),
        assumptions: r.assumptions.map((a) => a.text_nl),
        rules: r.rules.map((rule) => rule.code),
      }));
    case "schema": {
      if (!argument) throw unknownRulebook("");
      const versions = findRulebookVersions(argument);
      const rulebook = versions.at(-1);
      if (!rulebook) throw unknownRulebook(argument);
      return {
        $id: `convenantbot:${rulebook.id}:facts`,
        title: rulebook.title.nl,
        ...z.toJSONSchema(factsSchemaOf(rulebook)),
      };
    }
    default: {
      const extension = command ? commandExtensions[command] : undefined;
      if (extension) return extension(parseJson(readInput(argument)));
      throw new DomainError(
        "invalid_input",
        `Onbekend commando '${command ?? ""}'. Gebruik: check, rulebooks, schema, verdeelsleutel.`,
        `Unknown command '${command ?? ""}'. Use: check, rulebooks, schema, verdeelsleutel.`,
      );
    }
  }
}

function unknownRulebook(id: string): DomainError {
  return new DomainError(
    "unknown_rulebook",
    `Onbekende regeling '${id}'. Bekende regelingen: ${rulebookIds().join(", ")}.`,
    `Unknown rulebook '${id}'. Known rulebooks: ${rulebookIds().join(", ")}.`,
    [{ field: "rulebook", message_nl: "Onbekende regeling.", message_en: "Unknown rulebook." }],
  );
}
