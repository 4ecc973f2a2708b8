import { supportPartyFollowsCase } from "../../cases/handoff-defaults.js";
import { gvHovSignalSettings } from "./signal-settings.js";
import { gvHovSignalRouting } from "./signal-routing.js";
import { gvHovPrivacy } from "./privacy.js";
import type { RulebookModule } from "../rulebook-module.js";
import { gvHovHandoff } from "./handoff.js";
import { gvHov2025 } from "./index.js";

/** Everything about gv-hov-2025: one object, listed once in ../modules.ts. */
export const gvHovModule: RulebookModule = {
  id: "gv-hov-2025",
  versions: [gvHov2025],
  aliases: ["hov"],
  signals: { routing: gvHovSignalRouting, privacy: gvHovPrivacy, settings: gvHovSignalSettings },
  handoff: {
    rules: [...gvHovHandoff, ...supportPartyFollowsCase],
  },
};
