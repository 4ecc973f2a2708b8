import { StoreError } from "../errors/store-error.js";

const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema names go into SQL as identifiers, so only a safe, lower-case form is accepted. */
export function assertSchemaName(schema: string): string {
  if (!schemaPattern.test(schema)) {
    throw new StoreError(
      "invalid",
      `Ongeldige schemanaam '${schema}' (veld schema): gebruik kleine letters, cijfers en _ (max. 63 tekens).`,
      `Invalid schema name '${schema}' (field schema): use lower-case letters, digits and _ (at most 63 characters).`,
    );
  }
  return schema;
}

export function quoteIdent(name: string): string {
  return `"${assertSchemaName(name)}"`;
}
