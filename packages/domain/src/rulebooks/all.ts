import { rulebookModules } from "./modules.js";
import type { Rulebook } from "./rulebook.js";

/** Every rulebook version this build knows, from the modules (modules.ts). */
export const allRulebooks: readonly Rulebook[] = rulebookModules.flatMap((m) => m.versions);
