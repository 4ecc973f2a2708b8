import { pino, type Logger } from "pino";

/** Structured logs; personal data never goes in (ids and codes only). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "convenantbot" }, redact: ["*.text", "*.facts", "*.payload"] });
}
export type { Logger };
