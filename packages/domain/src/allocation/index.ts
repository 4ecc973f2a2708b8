// Allocation quick facts of Gooi en Vechtstreek (seed 003): versioned tables plus pure functions.
export * from "./parameter-table.js";
export * from "./gv-allocation-tables.js";
export * from "./table-for-year.js";
export * from "./passende-huur.js";
export * from "./zoekwaarde.js";
export * from "./binding.js";
export * from "./income-limit.js";
export * from "./room-priority.js";
