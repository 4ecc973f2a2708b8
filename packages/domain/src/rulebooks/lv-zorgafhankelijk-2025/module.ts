import { lvBegeleiderHandoff } from "../lv-parties/handoff.js";
import { defaultSignalSettings } from "../../signals/settings-defaults.js";
import { lvSignalRouting } from "../lv-parties/signal-routing.js";
import { lvPrivacy } from "../lv-parties/privacy.js";
import type { RulebookModule } from "../rulebook-module.js";
import { lvHandoff } from "./handoff.js";
import { lvZorgafhankelijk2025 } from "./index.js";

/** Everything about lv-zorgafhankelijk-2025: one object, listed once in ../modules.ts. */
export const lvZorgafhankelijkModule: RulebookModule = {
  id: "lv-zorgafhankelijk-2025",
  versions: [lvZorgafhankelijk2025],
  aliases: ["lv", "convenantwoning"],
  signals: { routing: lvSignalRouting, privacy: lvPrivacy, settings: defaultSignalSettings },
  handoff: {
    rules: [...lvHandoff, ...lvBegeleiderHandoff],
  },
};
