import { t } from "../../common/localized.js";
import { supportPartyFollowsCase } from "../../cases/handoff-defaults.js";
import { defaultSignalSettings } from "../../signals/settings-defaults.js";
import { kwSignalRouting } from "./signal-routing.js";
import { kwPrivacy } from "./privacy.js";
import type { RulebookModule } from "../rulebook-module.js";
import { kwHandoff } from "./handoff.js";
import { kwHuisuitzetting2019 } from "./index.js";

/** Everything about kw-huisuitzetting-2019: one object, listed once in ../modules.ts. */
export const kwModule: RulebookModule = {
  id: "kw-huisuitzetting-2019",
  versions: [kwHuisuitzetting2019],
  aliases: ["kw", "krimpenerwaard"],
  signals: { routing: kwSignalRouting, privacy: kwPrivacy, settings: defaultSignalSettings },
  handoff: {
    rules: [...kwHandoff, ...supportPartyFollowsCase],
    landlordDuty: {
      text: t(
        "Vanaf de aanmelding: incasso opgeschort, geen rente of kosten. De lopende huur moet de huurder wel betalen.",
        "From the aanmelding: collection suspended, no interest or costs. The tenant must still pay the current rent.",
      ),
      article: "KW Voorwaarden (vanaf het moment van aanmelden)",
    },
  },
};
