import { signalTypes, SignalStatusSchema, type SignalStatus, type SignalType } from "@convenantbot/domain";
import type { SignalListQuery } from "@convenantbot/contract";

/** What the caseworker picked above the inbox; empty means "all". */
export interface SignalFilters {
  type: SignalType | "";
  status: SignalStatus | "";
  overdueOnly: boolean;
}

export const noFilters: SignalFilters = { type: "", status: "", overdueOnly: false };

/** The API query for the filters: only what is set, so the bot filters and audits one list. */
export function queryOf(filters: SignalFilters): SignalListQuery {
  return {
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.overdueOnly ? { overdue: "true" as const } : {}),
  };
}

/** The choices of the two selects, in the domain's order (nieuw before afgesloten). */
export const typeChoices: readonly SignalType[] = signalTypes;
export const statusChoices: readonly SignalStatus[] = SignalStatusSchema.options;

export function parseFilter<T extends string>(value: string, allowed: readonly T[]): T | "" {
  return (allowed as readonly string[]).includes(value) ? (value as T) : "";
}
