/**
 * What Teams puts on every activity and Web Chat does not: the tenant (channelData.tenant.id,
 * which the bot checks against its allow-list) and the user's Entra object id
 * (from.aadObjectId, which the bot uses to find the caseworker). Pure, so they are tested.
 */
export interface OutgoingActivity {
  type?: string;
  from?: { id?: string; name?: string; role?: string; aadObjectId?: string; [key: string]: unknown };
  channelData?: Record<string, unknown>;
  [key: string]: unknown;
}

export function withTenant<T extends OutgoingActivity>(activity: T, tenantId: string): T {
  return { ...activity, channelData: { ...activity.channelData, tenant: { id: tenantId } } };
}

export function withAadObjectId<T extends OutgoingActivity>(activity: T, aadObjectId: string): T {
  return { ...activity, from: { ...activity.from, aadObjectId } };
}
