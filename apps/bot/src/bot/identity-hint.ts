const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for Microsoft 365 Agents Playground's default identity (user "user-id-0", tenant
 * "00000000-0000-0000-0000-0000000000001", which is not a GUID): such a caller is told to
 * start the playground with one of the shipped demo caseworker configurations.
 */
export function identityHint(userId: string | undefined, tenantId: string | undefined): boolean {
  if (userId !== undefined && /^user-id-\d+$/.test(userId)) return true;
  return tenantId !== undefined && !GUID.test(tenantId);
}
