import type { Request, Response, Server } from "restify";
import { errorBody } from "./errors.js";

/**
 * The server's bodyParser rejects malformed JSON before a playground route runs, with
 * restify's English-only `{code, message}`. For playground paths this rewrites that answer
 * into the same bilingual `{error: {code, message}}` every other playground error has.
 * Listens to the specific "InvalidContent" event (not "restifyError", which the server's own
 * logging listener uses and which must be answered by exactly one listener).
 */
export function bilingualBodyErrors(server: Server, prefixes: readonly string[]): void {
  server.on(
    "InvalidContent",
    (req: Request, _res: Response, err: Error & { toJSON?: () => unknown }, callback: () => void) => {
      const path = req.path();
      if (prefixes.some((prefix) => path.startsWith(prefix))) {
        const body = errorBody("BadArgument", {
          nl: "Ongeldige invoer: geen geldige JSON",
          en: `invalid input: ${err.message}`,
        });
        err.toJSON = () => body;
      }
      callback();
    },
  );
}
