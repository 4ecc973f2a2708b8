/**
 * The store could not be opened. Not a refused write (that is StoreError): it tells an
 * operator, in Dutch and English, what to do with the named data directory or server.
 */
export class StoreOpenError extends Error {
  readonly message_nl: string;
  readonly message_en: string;
  readonly dataDir: string | undefined;

  constructor(message_nl: string, message_en: string, options: { dataDir?: string; cause?: unknown } = {}) {
    super(`${message_nl}\n${message_en}`, { cause: options.cause });
    this.name = "StoreOpenError";
    this.message_nl = message_nl;
    this.message_en = message_en;
    this.dataDir = options.dataDir;
  }
}
