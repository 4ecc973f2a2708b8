import { supportPartyFollowsCase } from "../../cases/handoff-defaults.js";
import { baseRoles } from "../../signals/privacy-defaults.js";
import { defaultSignalSettings } from "../../signals/settings-defaults.js";
import type { RulebookModule } from "../rulebook-module.js";
import { gvUrgentieHandoff } from "./handoff.js";
import { gvUrgentie2019 } from "./index.js";

/** Everything about gv-urgentie-2019: one object, listed once in ../modules.ts. */
export const gvUrgentieModule: RulebookModule = {
  id: "gv-urgentie-2019",
  versions: [gvUrgentie2019],
  aliases: ["urgentie"],
  signals: {
    routing: [],
    privacy: { convenant: baseRoles, source: "ASSUMED: de bron regelt geen signalen; standaard zoals domain.md 5." },
    settings: defaultSignalSettings,
  },
  handoff: {
    rules: [...gvUrgentieHandoff, ...supportPartyFollowsCase],
  },
};
