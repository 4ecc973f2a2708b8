// The one ESLint flat config of the workspace. Each package's eslint.config.js calls
// createConfig({ root: import.meta.dirname }) so type-aware rules find its tsconfig.json.
// The rules catch bugs (unawaited promises, unused code, loose equality, hook misuse);
// layout is Prettier's job, so no stylistic rule is switched on.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * @param {object} options
 * @param {string} options.root the package folder, where its tsconfig.json is.
 * @param {boolean} [options.browser] code that runs in a browser (React, DOM globals).
 * @param {string[]} [options.outsideTsconfig] files the tsconfig does not include (config
 *   files at the package root): linted with a default program instead.
 */
export function createConfig({ root, browser = false, outsideTsconfig = ["*.config.ts"] }) {
  return defineConfig(
    {
      ignores: ["**/dist/**", "**/node_modules/**", "**/test-results/**", "**/coverage/**", "**/*.d.ts"],
    },
    js.configs.recommended,
    tseslint.configs.recommended,
    {
      languageOptions: {
        ecmaVersion: 2023,
        sourceType: "module",
        globals: browser ? { ...globals.browser, ...globals.node } : globals.node,
      },
      linterOptions: { reportUnusedDisableDirectives: "error" },
      rules: {
        // `_`-prefixed names are deliberately unused (placeholders, destructuring to omit a key).
        "@typescript-eslint/no-unused-vars": [
          "error",
          {
            argsIgnorePattern: "^_",
            varsIgnorePattern: "^_",
            caughtErrorsIgnorePattern: "^_",
            destructuredArrayIgnorePattern: "^_",
            ignoreRestSiblings: true,
          },
        ],
        eqeqeq: ["error", "always", { null: "ignore" }],
      },
    },
    {
      files: ["**/*.ts", "**/*.tsx"],
      languageOptions: {
        parserOptions: {
          projectService: outsideTsconfig.length > 0 ? { allowDefaultProject: outsideTsconfig } : true,
          tsconfigRootDir: root,
        },
      },
      rules: {
        // A promise nobody awaits loses its error: a turn that never answers, a lost signal.
        "@typescript-eslint/no-floating-promises": "error",
        "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
        "@typescript-eslint/await-thenable": "error",
      },
    },
    browser
      ? {
          files: ["**/*.tsx", "**/*.ts"],
          plugins: { "react-hooks": reactHooks },
          rules: {
            "react-hooks/rules-of-hooks": "error",
            "react-hooks/exhaustive-deps": "error",
          },
        }
      : {},
  );
}
