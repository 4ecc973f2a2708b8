import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { Ajv } from "ajv";

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

/** The localization files the manifest names (localizationInfo.additionalLanguages), by file name. */
export function localizationFiles(manifest: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const info = manifest["localizationInfo"] as { additionalLanguages?: { file: string }[] } | undefined;
  return Object.fromEntries(
    (info?.additionalLanguages ?? []).map((l) => [
      l.file,
      JSON.parse(readFileSync(new URL(l.file, appPackageDir), "utf8")) as Record<string, unknown>,
    ]),
  );
}

/** Validates a localization file offline against the official Localization schema of the manifest's version. */
export async function validateLocalization(
  manifest: Record<string, unknown>,
  localization: Record<string, unknown>,
): Promise<string[]> {
  const version = String(manifest["manifestVersion"]);
  const require = createRequire(import.meta.url);
  const packageRoot = require.resolve("@microsoft/app-manifest").replace(/build[/\\]index\.js$/, "");
  const schema = JSON.parse(
    readFileSync(`${packageRoot}build/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`, "utf8"),
  ) as object;
  // Official schema, own validator: app-manifest's ajv compiles patterns in unicode mode, where
  // the schema's activities pattern ("\\b]") is a syntax error. Draft-04, so no meta-validation.
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateFormats: false,
    validateSchema: false,
    unicodeRegExp: false,
  });
  const validate = ajv.compile(schema);
  if (validate(localization)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || "/"} ${e.message ?? "invalid"}${e.params && "additionalProperty" in e.params ? `: ${String(e.params["additionalProperty"])}` : ""}`,
  );
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
