import type { Rulebook } from "./rulebook.js";
import { kwHuisuitzetting2019 } from "./kw-huisuitzetting-2019/index.js";
import { lvNoodwoning2025 } from "./lv-noodwoning-2025/index.js";
import { lvZorgafhankelijk2025 } from "./lv-zorgafhankelijk-2025/index.js";

/** Every rulebook version this build knows, one folder each. Add a new one here. */
export const allRulebooks: readonly Rulebook[] = [kwHuisuitzetting2019, lvZorgafhankelijk2025, lvNoodwoning2025];
