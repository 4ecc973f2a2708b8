import { invalidInput, type FieldIssue } from "@convenantbot/domain";
import type { z } from "zod";
import { toDutch } from "./dutch-messages.js";

/**
 * The three ways a write can be refused. Adapters map them to HTTP 409 / 404 / 400-422 or a
 * Dutch chat message; a raw SQL error never reaches a caller.
 */
export type StoreErrorKind = "conflict" | "not_found" | "invalid";

export interface StoreErrorDetails {
  /** Postgres SQLSTATE when the error came from a constraint, for logs and tests. */
  sqlState?: string;
  /** Constraint that refused the write (names are stable: they live in the migrations). */
  constraint?: string;
  /** Table of the refused write. */
  table?: string;
  issues?: readonly FieldIssue[];
}

export class StoreError extends Error {
  readonly kind: StoreErrorKind;
  readonly message_nl: string;
  readonly message_en: string;
  readonly details: StoreErrorDetails;

  constructor(kind: StoreErrorKind, message_nl: string, message_en: string, details: StoreErrorDetails = {}) {
    super(`${message_nl} / ${message_en}`);
    this.name = "StoreError";
    this.kind = kind;
    this.message_nl = message_nl;
    this.message_en = message_en;
    this.details = details;
  }

  toJSON() {
    return { error: this.kind, message_nl: this.message_nl, message_en: this.message_en, ...this.details };
  }

  /** A zod failure on a write, worded per field in Dutch and English. */
  static invalidInput(error: z.ZodError, what: { nl: string; en: string }): StoreError {
    // The domain already words zod issues in Dutch and English, naming each field: reuse it,
    // and translate the few refinement messages that are ours.
    const domain = invalidInput(error);
    const issues = domain.issues.map((issue) => ({ ...issue, message_nl: toDutch(issue.message_nl) }));
    return new StoreError(
      "invalid",
      `Ongeldig(e) ${what.nl}: ${toDutch(domain.message_nl)}`,
      `Invalid ${what.en}: ${domain.message_en}`,
      { issues },
    );
  }

  static notFound(recordType: string, id: string): StoreError {
    return new StoreError(
      "not_found",
      `Niet gevonden: ${recordType} '${id}' bestaat niet.`,
      `Not found: ${recordType} '${id}' does not exist.`,
      { table: recordType },
    );
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}
