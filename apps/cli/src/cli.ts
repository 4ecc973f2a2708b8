import { readFileSync } from "node:fs";
import { parseCommandLine } from "./args.js";
import { runCommand } from "./commands.js";

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
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

/**
 * The whole command as a function of its arguments and standard input (main.ts only writes
 * the result), so tests and the fuzz run it without a process per input.
 */
export function runCli(argv: readonly string[], readStdin: () => string = () => readFileSync(0, "utf8")): CliResult {
  const readInput = (source: string | undefined): string => {
    if (source === undefined) throw new UsageError();
    return source === "-" ? readStdin() : readFileSync(source, "utf8");
  };
  try {
    const { help, command, argument } = parseCommandLine(argv);
    if (help) return { stdout: `${usage}\n`, stderr: "", exitCode: 0 };
    const output = runCommand(command, argument, readInput);
    return { stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: "", exitCode: 0 };
  } catch (error) {
    return { stdout: "", stderr: `${describe(error)}\n`, exitCode: 2 };
  }
}

function describe(error: unknown): string {
  if (error instanceof UsageError) return usage;
  if (error && typeof error === "object" && "message_nl" in error && "message_en" in error) {
    const e = error as { message_nl: string; message_en: string };
    return `fout: ${e.message_nl}\nerror: ${e.message_en}`;
  }
  const code = error && typeof error === "object" && "code" in error ? (error as { code: string }).code : undefined;
  if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") {
    const path = (error as { path?: string }).path ?? "";
    const [nl, en] =
      code === "ENOENT"
        ? ["bestand niet gevonden", "file not found"]
        : code === "EISDIR"
          ? ["dit is een map, geen bestand", "this is a directory, not a file"]
          : ["geen leesrechten", "no permission to read"];
    return `fout: ${nl}: ${path}\nerror: ${en}: ${path}`;
  }
  // Anything else: its first line only, never a stack trace.
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 300);
  return `fout: ${message}\nerror: ${message}`;
}
