import { z } from "zod";
import { t } from "../common/localized.js";
import { bilingual } from "./refine.js";
import { signalTypeModule, signalTypeModules } from "./signal-type-modules.js";

type Modules = typeof signalTypeModules;
/** The modules' schemas as a tuple, so the union below keeps each type's own fields. */
type SchemasOf<T extends readonly unknown[]> = {
  -readonly [K in keyof T]: T[K] extends { schema: infer S } ? S : never;
};

/** One schema per type, by type; strict, so no unclassified field gets in. */
export const signalSchemas = Object.fromEntries(signalTypeModules.map((m) => [m.type, m.schema])) as {
  readonly [M in Modules[number] as M["type"]]: M["schema"];
};

const addIssue = (ctx: z.core.$RefinementCtx, path: string[], nl: string, en: string) =>
  ctx.addIssue({ code: "custom", path, ...bilingual(t(nl, en)) });

export const SignalSchema = z
  .discriminatedUnion("type", signalTypeModules.map((m) => m.schema) as unknown as SchemasOf<Modules>)
  // Cross-field consistency, each type's own (its module's `refine`).
  .superRefine((signal, ctx) =>
    signalTypeModule(signal.type).refine?.(signal, (path, nl, en) => addIssue(ctx, [path], nl, en)),
  );

export type Signal = z.output<typeof SignalSchema>;
/** What a sender submits: `channel` may be left out (defaults to "convenant"). */
export type SignalInput = z.input<typeof SignalSchema>;
export type SignalOf<T extends Signal["type"]> = Extract<Signal, { type: T }>;
