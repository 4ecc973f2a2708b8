import type { PartyRole } from "../parties/party.js";
import { classifiedFields, type FieldCategory } from "./field-categories.js";
import { fieldRoleLimits, privacyTable, vroegsignaleringPolicy } from "./privacy-table.js";
import type { Signal } from "./signal.js";
import type { SignalChannel, SignalType } from "./signal-type.js";

/** Categories a role may see; an unknown rulebook sees process only (fail closed). */
export function visibleCategories(
  rulebookId: string,
  type: SignalType,
  recipientRole: PartyRole,
  channel: SignalChannel = "convenant",
): readonly FieldCategory[] {
  if (channel === "vroegsignalering") return vroegsignaleringPolicy[recipientRole];
  const policy = privacyTable[rulebookId];
  if (!policy) return ["process"];
  return policy.perType?.[type]?.[recipientRole] ?? policy.convenant[recipientRole];
}

/** Dotted paths of the fields a recipient role may see of a signal type under a rulebook. */
export function visibleFields(
  rulebookId: string,
  type: SignalType,
  recipientRole: PartyRole,
  channel: SignalChannel = "convenant",
): string[] {
  return visiblePaths(rulebookId, type, recipientRole, channel).map((p) => p.path);
}

interface VisiblePath {
  readonly path: string;
  readonly keys: readonly string[];
}

/** Allow-lists already decided: the privacy table and field categories are module constants. */
const visiblePathCache = new Map<string, readonly VisiblePath[]>();
const VISIBLE_PATH_CACHE_MAX = 1_000;

function visiblePaths(
  rulebookId: string,
  type: SignalType,
  recipientRole: PartyRole,
  channel: SignalChannel,
): readonly VisiblePath[] {
  const key = `${rulebookId}\u0000${type}\u0000${recipientRole}\u0000${channel}`;
  let paths = visiblePathCache.get(key);
  if (!paths) {
    const categories = visibleCategories(rulebookId, type, recipientRole, channel);
    paths = Object.entries(classifiedFields(type))
      .filter(
        ([path, category]) => categories.includes(category) && (fieldRoleLimits[path]?.includes(recipientRole) ?? true),
      )
      .map(([path]) => Object.freeze({ path, keys: Object.freeze(path.split(".")) }));
    // Bounded: rulebook ids come from stored signals, so an unknown one cannot grow it for ever.
    if (visiblePathCache.size >= VISIBLE_PATH_CACHE_MAX) visiblePathCache.clear();
    visiblePathCache.set(key, paths);
  }
  return paths;
}

function getPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = target;
  for (const key of path.slice(0, -1)) {
    const next = current[key];
    if (next === undefined) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[path.at(-1)!] = value;
}

/** A signal as a recipient sees it: only allowed fields, the rest absent (not blanked). */
export type RedactedSignal = Partial<Record<string, unknown>> & {
  type: SignalType;
  rulebook: string;
  channel: SignalChannel;
};

/**
 * Builds the recipient's view from an allow-list (never by deleting from a copy), so a field
 * added to a schema but not classified can never leak. Privacy is decided by the rulebook
 * and channel, never by the sender.
 */
export function redactSignalFor(signal: Signal, recipientRole: PartyRole): RedactedSignal {
  const out: Record<string, unknown> = {};
  for (const { keys } of visiblePaths(signal.rulebook, signal.type, recipientRole, signal.channel ?? "convenant")) {
    const value = getPath(signal, keys);
    if (value !== undefined) setPath(out, keys, value); // leaves are primitives
  }
  return out as RedactedSignal;
}
