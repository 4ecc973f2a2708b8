import { StoreError } from "./store-error.js";
import { constraintMessage } from "./constraint-messages.js";

/** The fields pg and PGlite both put on a server error. */
interface DatabaseErrorLike {
  code: string;
  constraint?: string;
  table?: string;
  column?: string;
  detail?: string;
}

function isDatabaseError(error: unknown): error is DatabaseErrorLike {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
}

/** Column names from a detail like `Key (a, b)=(...) already exists.`; never the values (personal data). */
function keyColumns(detail: string | undefined): string | undefined {
  const match = /^Key \(([^)]*)\)=/.exec(detail ?? "");
  return match?.[1];
}

/**
 * Turns a constraint violation into a StoreError; anything else (connection loss, a bug in
 * our SQL) is returned unchanged, because it is not the caller's input that is wrong.
 */
export function fromDatabaseError(error: unknown): unknown {
  if (!isDatabaseError(error)) return error;
  const { code, constraint, table, column } = error;
  const where = { sqlState: code, ...(constraint ? { constraint } : {}), ...(table ? { table } : {}) };
  const known = constraint ? constraintMessage(constraint) : undefined;
  const columns = keyColumns(error.detail) ?? column ?? constraint ?? "?";

  switch (code) {
    case "23505": // unique_violation
    case "23P01": // exclusion_violation
      return new StoreError(
        "conflict",
        known?.nl ?? `Bestaat al: er is al een ${table ?? "record"} met dezelfde ${columns}.`,
        known?.en ?? `Already exists: a ${table ?? "record"} with the same ${columns} exists.`,
        where,
      );
    case "23503": {
      // foreign_key_violation: on insert/update the referenced row is missing; on delete it is still in use.
      const stillReferenced = /still referenced/.test(error.detail ?? "");
      if (stillReferenced) {
        return new StoreError(
          "conflict",
          known?.nl ?? `Kan niet verwijderen: ${table ?? "record"} wordt nog gebruikt (${columns}).`,
          known?.en ?? `Cannot delete: ${table ?? "record"} is still referenced (${columns}).`,
          where,
        );
      }
      return new StoreError(
        "not_found",
        known?.nl ?? `Verwijzing niet gevonden: ${columns} bestaat niet.`,
        known?.en ?? `Reference not found: ${columns} does not exist.`,
        where,
      );
    }
    case "23514": // check_violation
    case "23502": // not_null_violation
    case "22P02": // invalid_text_representation (e.g. a malformed uuid)
    case "22007": // invalid_datetime_format
    case "22008": // datetime_field_overflow
    case "22001": // string_data_right_truncation
    case "22003": // numeric_value_out_of_range
      return new StoreError(
        "invalid",
        known?.nl ?? `Ongeldige waarde voor ${column ?? constraint ?? table ?? "een veld"}.`,
        known?.en ?? `Invalid value for ${column ?? constraint ?? table ?? "a field"}.`,
        where,
      );
    case "40001": // serialization_failure
    case "40P01": // deadlock_detected
      return new StoreError(
        "conflict",
        "Gelijktijdige wijziging: probeer het opnieuw.",
        "Concurrent change: please try again.",
        where,
      );
    case "CB001": // raised by append_only_guard() (migration 0001)
      return new StoreError(
        "conflict",
        `Niet toegestaan: ${table ?? "deze tabel"} is alleen-toevoegen (append-only); wijzigen of verwijderen kan niet.`,
        `Not allowed: ${table ?? "this table"} is append-only; rows cannot be changed or deleted.`,
        where,
      );
    default:
      return error;
  }
}
