/** The smallest "nice" axis maximum (1, 2 or 5 times a power of ten, at least 1) that holds every value. */
export function niceMax(values: readonly (number | null | undefined)[]): number {
  const max = Math.max(0, ...values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)));
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** Axis ticks from 0 to `max`, whole numbers only (counts are never fractions of a home). */
export function ticks(max: number, wanted = 4): number[] {
  const step = Math.max(1, Math.ceil(max / wanted));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  if (out.at(-1) !== max) out.push(max);
  return out;
}
