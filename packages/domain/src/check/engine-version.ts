/** Bumped with every change to how rules are evaluated; kept equal to package.json (tested). */
export const ENGINE_VERSION = "0.1.0";
