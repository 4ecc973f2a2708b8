import { lvBegeleiderHandoff } from "../lv-parties/handoff.js";
import { defaultSignalSettings } from "../../signals/settings-defaults.js";
import { lvSignalRouting } from "../lv-parties/signal-routing.js";
import { lvPrivacy } from "../lv-parties/privacy.js";
import type { RulebookModule } from "../rulebook-module.js";
import { noodwoningHandoff } from "./handoff.js";
import { lvNoodwoning2025 } from "./index.js";

/** Everything about lv-noodwoning-2025: one object, listed once in ../modules.ts. */
export const lvNoodwoningModule: RulebookModule = {
  id: "lv-noodwoning-2025",
  versions: [lvNoodwoning2025],
  aliases: ["noodwoning"],
  signals: { routing: lvSignalRouting, privacy: lvPrivacy, settings: defaultSignalSettings },
  handoff: {
    rules: [...noodwoningHandoff, ...lvBegeleiderHandoff],
  },
};
