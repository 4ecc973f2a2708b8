// The style the code was already written in: double quotes, semicolons, trailing commas,
// parentheses around every arrow parameter, lines up to 120 characters.
/** @type {import("prettier").Config} */
export default {
  printWidth: 120,
  singleQuote: false,
  semi: true,
  trailingComma: "all",
  arrowParens: "always",
  bracketSpacing: true,
  endOfLine: "lf",
};
