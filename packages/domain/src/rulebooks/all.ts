import type { Rulebook } from "./rulebook.js";
import { kwHuisuitzetting2019 } from "./kw-huisuitzetting-2019/index.js";
import { lvNoodwoning2025 } from "./lv-noodwoning-2025/index.js";
import { lvZorgafhankelijk2025 } from "./lv-zorgafhankelijk-2025/index.js";
import { mhUitstroom2019 } from "./mh-uitstroom-2019/index.js";
import { gvHov2025 } from "./gv-hov-2025/index.js";
import { gvUrgentie2019 } from "./gv-urgentie-2019/index.js";

/** Every rulebook version this build knows, one folder each. Add a new one here. */
export const allRulebooks: readonly Rulebook[] = [kwHuisuitzetting2019, lvZorgafhankelijk2025, lvNoodwoning2025, mhUitstroom2019, gvHov2025, gvUrgentie2019];
