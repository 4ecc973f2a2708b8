import pg from "pg";

const { builtins } = pg.types;
const parseTimestamptz = pg.types.getTypeParser(builtins.TIMESTAMPTZ, "text") as (value: string) => Date;

/**
 * One set of parsers for both engines (PGlite runs behind the same pg client), so a record
 * reads the same everywhere and is JSON-ready: calendar dates stay `YYYY-MM-DD` strings (a
 * Date would let a time zone shift a deadline), timestamps become ISO strings, and int8
 * counters/identity ids become numbers (they stay far below 2^53).
 */
export const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (format === undefined || format === "text") {
      if (oid === builtins.DATE) return (value: string) => value;
      if (oid === builtins.TIMESTAMPTZ) return (value: string) => parseTimestamptz(value).toISOString();
      if (oid === builtins.INT8) return (value: string) => Number(value);
    }
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};
