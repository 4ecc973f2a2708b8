// `pnpm api-key <partyId> [label]`: issues an API key for a party's system (e.g. a landlord's
// housing system posting signals). The secret is printed once; the store keeps only its hash.
// Works beside a running bot on PGlite too (see src/maintenance/admin-channel.ts).
import { loadConfig } from "../src/config.js";
import { runApiKeyCommand } from "../src/maintenance/api-key-command.js";

let result;
try {
  result = await runApiKeyCommand(process.argv.slice(2), loadConfig());
} catch (error) {
  const text = error instanceof Error ? error.message.split("\n")[0] : String(error);
  result = { exitCode: 1, stderr: `fout / error: ${text}` };
}
if (result.stdout) console.log(result.stdout);
if (result.stderr) console.error(result.stderr);
process.exitCode = result.exitCode;
