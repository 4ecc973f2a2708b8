import { supportPartyFollowsCase } from "../../cases/handoff-defaults.js";
import { baseRoles } from "../../signals/privacy-defaults.js";
import { defaultSignalSettings } from "../../signals/settings-defaults.js";
import type { RulebookModule } from "../rulebook-module.js";
import { mhHandoff } from "./handoff.js";
import { mhUitstroom2019 } from "./index.js";

/** Everything about mh-uitstroom-2019: one object, listed once in ../modules.ts. */
export const mhUitstroomModule: RulebookModule = {
  id: "mh-uitstroom-2019",
  versions: [mhUitstroom2019],
  aliases: ["mh", "uitstroom"],
  signals: {
    routing: [],
    privacy: { convenant: baseRoles, source: "ASSUMED: de bron regelt geen signalen; standaard zoals domain.md 5." },
    settings: defaultSignalSettings,
  },
  handoff: {
    rules: [...mhHandoff, ...supportPartyFollowsCase],
  },
};
