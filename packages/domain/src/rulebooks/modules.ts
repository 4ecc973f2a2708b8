import { gvHovModule } from "./gv-hov-2025/module.js";
import { gvUrgentieModule } from "./gv-urgentie-2019/module.js";
import { kwModule } from "./kw-huisuitzetting-2019/module.js";
import { lvNoodwoningModule } from "./lv-noodwoning-2025/module.js";
import { lvZorgafhankelijkModule } from "./lv-zorgafhankelijk-2025/module.js";
import { mhUitstroomModule } from "./mh-uitstroom-2019/module.js";
import type { RulebookModule } from "./rulebook-module.js";

/** Every convenant this build knows, one folder each. A new rulebook: its folder's module.ts, and one line here. */
export const rulebookModules: readonly RulebookModule[] = [
  kwModule,
  lvZorgafhankelijkModule,
  lvNoodwoningModule,
  mhUitstroomModule,
  gvHovModule,
  gvUrgentieModule,
];
