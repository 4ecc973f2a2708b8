/**
 * markdown-it (inside Web Chat) imports Node's `punycode` to re-encode link host names and
 * ignores failures. Browsers have no such module; leaving host names as they are is what
 * its try/catch falls back to anyway, so this says so instead of a build warning.
 */
export const toASCII = (host: string): string => host;
export const toUnicode = (host: string): string => host;
export default { toASCII, toUnicode };
