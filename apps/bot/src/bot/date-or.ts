import { IsoDateSchema, type IsoDate } from "@convenantbot/domain";

/** A peildatum a button carries, or the fallback when it is none (never an error there). */
export function dateOr(value: unknown, fallback: IsoDate): IsoDate {
  const parsed = IsoDateSchema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}
