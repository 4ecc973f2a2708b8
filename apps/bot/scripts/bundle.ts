// `pnpm build` (after tsc): bundles the built bot, dist/main.js, into dist/bundle/main.mjs, which
// `pnpm start` runs. Why: one file to read and link instead of ~2,000 modules. Resolving, reading
// and linking them was the largest part of the bot's cold start (issue 18, bench/README.md).
//
// Two things keep the bundle behaving like the unbundled dist:
// - every `import.meta.url` (and a CommonJS file's __dirname/__filename) still names the file it
//   was written in, relative to the bundle, so the tab, playground and appPackage folders and
//   createRequire lookups resolve as before;
// - packages that load files beside themselves at run time (PGlite's WASM and data) stay outside
//   the bundle, imported by their real path so pnpm's strict layout still finds them.
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const botDir = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_BUNDLE_DIR = resolve(botDir, "dist/bundle");

/** Loaded by their real path at run time: they read files next to their own module. */
const OUTSIDE = ["@electric-sql/pglite"];
/** Optional native add-ons their packages try inside a try/catch; absent here, left absent. */
const OPTIONAL = ["dtrace-provider", "pg-native"];

const posix = (path: string) => path.split("\\").join("/");

function keepOwnLocation(outdir: string): Plugin {
  // The bundle's URL comes from the banner: writing import.meta into a CommonJS file would make
  // esbuild treat it as an ES module.
  const urlOf = (file: string) => `new URL(${JSON.stringify(posix(relative(outdir, file)))}, __cbBundleUrl)`;
  return {
    name: "keep-own-location",
    setup(b) {
      b.onLoad({ filter: /\.(m?js|cjs)$/ }, async (args) => {
        let source = await readFile(args.path, "utf8");
        if (!/import\.meta\.url|__dirname|__filename/.test(source)) return { contents: source, loader: "js" };
        const esm = /\bimport\.meta\b|^\s*(import|export)[\s{*]/m.test(source);
        source = source.replaceAll("import.meta.url", `${urlOf(args.path)}.href`);
        if (!esm) {
          // esbuild would give a CommonJS file's __dirname the bundle's folder: give back its own.
          const here = `require("node:url").fileURLToPath(${urlOf(args.path)})`;
          source = `var __filename = ${here}; var __dirname = require("node:path").dirname(__filename);\n${source}`;
        }
        return { contents: source, loader: "js" };
      });
    },
  };
}

function outsideByRealPath(outdir: string): Plugin {
  const pattern = new RegExp(`^(${OUTSIDE.map((p) => p.replace(/[/.]/g, "\\$&")).join("|")})(/|$)`);
  return {
    name: "outside-by-real-path",
    setup(b) {
      b.onResolve({ filter: pattern }, async (args) => {
        if (args.pluginData === "outside") return undefined;
        const found = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          pluginData: "outside",
        });
        if (found.errors.length > 0) return { errors: found.errors };
        const rel = posix(relative(outdir, found.path));
        return { path: rel.startsWith(".") ? rel : `./${rel}`, external: true };
      });
    },
  };
}

export interface BundleReport {
  file: string;
  modules: number;
  bytes: number;
}

/** Bundles dist/main.js into `outdir`/main.mjs (tsc must have run). */
export async function bundleBot(outdir = DEFAULT_BUNDLE_DIR): Promise<BundleReport> {
  const file = resolve(outdir, "main.mjs");
  const result = await build({
    entryPoints: [resolve(botDir, "dist/main.js")],
    outfile: file,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: OPTIONAL,
    plugins: [outsideByRealPath(outdir), keepOwnLocation(outdir)],
    banner: {
      // CommonJS packages inside an ES module still call require() for Node's own modules.
      js: 'import { createRequire as __cbCreateRequire } from "node:module"; const __cbBundleUrl = import.meta.url; const require = __cbCreateRequire(__cbBundleUrl);',
    },
    // Whitespace and syntax only: names stay, so stack traces still name functions; the source
    // map beside it (not loaded unless --enable-source-maps) gives the original lines.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: "linked",
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs).length;
  const bytes = Object.entries(result.metafile.outputs).find(([out]) => out.endsWith("main.mjs"))?.[1].bytes ?? 0;
  return { file, modules: inputs, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await bundleBot(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(
    `bundle: ${report.modules} modules -> ${posix(relative(botDir, report.file))} (${(report.bytes / 1e6).toFixed(1)} MB)`,
  );
}
