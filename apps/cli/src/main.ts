#!/usr/bin/env node
// `pnpm --silent convenant <command>`: JSON on stdout only; errors on stderr, exit code 2.
import { readFileSync } from "node:fs";
import { parseCommandLine } from "./args.js";
import { runCommand } from "./commands.js";

function readInput(source: string | undefined): string {
  if (source === undefined) throw new UsageError();
  return source === "-" ? readFileSync(0, "utf8") : readFileSync(source, "utf8");
}

class UsageError extends Error {}

const usage = [
  "gebruik / usage:",
  "  convenant check <bestand.json | ->        controleer een aanvraag / check a request",
  "  convenant rulebooks                        alle regelingen / all rulebooks",
  "  convenant schema <regeling>                JSON Schema van de gegevens / JSON Schema of its facts",
  "  convenant verdeelsleutel <bestand.json | -> verdeelsleutel MH.3 / allocation key MH.3",
  "  convenant --help                           deze tekst / this text",
].join("\n");

try {
  const { help, command, argument } = parseCommandLine(process.argv.slice(2));
  if (help) {
    process.stdout.write(`${usage}\n`);
  } else {
    const output = runCommand(command, argument, readInput);
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  }
} catch (error) {
  process.stderr.write(`${describe(error)}\n`);
  process.exitCode = 2;
}

function describe(error: unknown): string {
  if (error instanceof UsageError) return usage;
  if (error && typeof error === "object" && "message_nl" in error && "message_en" in error) {
    const e = error as { message_nl: string; message_en: string };
    return `fout: ${e.message_nl}\nerror: ${e.message_en}`;
  }
  if (error && typeof error === "object" && "code" in error && (error as { code: string }).code === "ENOENT") {
    const path = (error as { path?: string }).path ?? "";
    return `fout: bestand niet gevonden: ${path}\nerror: file not found: ${path}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `fout: ${message}\nerror: ${message}`;
}
