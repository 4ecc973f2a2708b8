// `pnpm package`: fills the manifest's placeholders from the environment, validates it against
// the official Teams schema (offline) and zips manifest + icons into appPackage/build/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { zipSync } from "fflate";
import {
  appPackageDir,
  localizationFiles,
  renderManifest,
  validateLocalization,
  validateManifest,
} from "../src/teams-app/manifest.js";

const values = {
  TEAMS_APP_ID: process.env["TEAMS_APP_ID"] ?? "6f1c8c3e-0d6a-4c59-9a43-7e1d2f7b8a10",
  BOT_ID: process.env["BOT_ID"] ?? process.env["MicrosoftAppId"] ?? "00000000-0000-0000-0000-000000000000",
  BOT_DOMAIN: process.env["BOT_DOMAIN"] ?? "localhost",
};
const manifest = renderManifest(values);
const failures = await validateManifest(manifest);
if (failures.length > 0) {
  console.error(`manifest ongeldig / manifest invalid:\n${failures.join("\n")}`);
  process.exit(2);
}
const localizations = localizationFiles(manifest);
for (const [name, localization] of Object.entries(localizations)) {
  const problems = await validateLocalization(manifest, localization);
  if (problems.length > 0) {
    console.error(`${name} ongeldig / invalid:\n${problems.join("\n")}`);
    process.exit(2);
  }
}
const file = (name: string) => new Uint8Array(readFileSync(new URL(name, appPackageDir)));
const zip = zipSync({
  "manifest.json": new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
  "color.png": file("color.png"),
  "outline.png": file("outline.png"),
  ...Object.fromEntries(Object.keys(localizations).map((name) => [name, file(name)])),
});
const outDir = new URL("build/", appPackageDir);
mkdirSync(outDir, { recursive: true });
const out = new URL("convenantbot.zip", outDir);
writeFileSync(out, zip);
console.log(`Teams-app pakket: ${out.pathname} (${zip.length} bytes, BOT_DOMAIN=${values.BOT_DOMAIN})`);
