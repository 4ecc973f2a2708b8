import { describe } from "vitest";
import { expectFullCoverage, runTable } from "../../testing/rule-table.js";
import { kwHuisuitzetting2019 } from "./index.js";

describe("kw-huisuitzetting-2019 (seed 001_60f009ea6e71d34a.txt)", () => {
  const rows = runTable(new URL("./kw-huisuitzetting-2019.cases.yaml", import.meta.url));
  expectFullCoverage(kwHuisuitzetting2019, rows);
});
