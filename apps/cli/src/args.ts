import { parseArgs } from "node:util";
import { DomainError } from "@convenantbot/domain";

export interface CommandLine {
  help: boolean;
  command: string | undefined;
  /** A file name, "-" for standard input, or a rulebook id. */
  argument: string | undefined;
}

/**
 * `convenant <command> [argument]`, parsed by node:util's parseArgs (strict: an unknown
 * option or a third word is an error in Dutch and English, never silently ignored).
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DomainError("invalid_input", `Ongeldige aanroep: ${detail}`, `Invalid invocation: ${detail}`);
  }
  const [command, argument, ...extra] = parsed.positionals;
  if (extra.length > 0) {
    throw new DomainError(
      "invalid_input",
      `Te veel argumenten: ${extra.join(" ")}. Een commando neemt er hoogstens één.`,
      `Too many arguments: ${extra.join(" ")}. A command takes one at most.`,
    );
  }
  return { help: parsed.values.help === true, command, argument };
}
