import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AppManifestUtils } from "@microsoft/app-manifest";

export const appPackageDir = new URL("../../appPackage/", import.meta.url);

export interface ManifestValues {
  TEAMS_APP_ID: string;
  BOT_ID: string;
  BOT_DOMAIN: string;
}

/** The manifest with its ${{NAME}} placeholders filled (Teams Toolkit's convention). */
export function renderManifest(values: ManifestValues): Record<string, unknown> {
  const template = readFileSync(new URL("manifest.json", appPackageDir), "utf8");
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (_m, name: string) => {
    const value = (values as unknown as Record<string, string>)[name];
    if (value === undefined) throw new Error(`manifest placeholder ${name} has no value`);
    return value;
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** Validates offline against the official schema bundled in @microsoft/app-manifest. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const version = String(manifest["manifestVersion"]);
  const require = createRequire(import.meta.url);
  const packageRoot = require.resolve("@microsoft/app-manifest").replace(/build[/\\]index\.js$/, "");
  const schema = JSON.parse(
    readFileSync(`${packageRoot}build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`, "utf8"),
  ) as object;
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
}
