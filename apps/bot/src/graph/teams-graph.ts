import { z } from "zod";
import type { GraphClient } from "./graph-client.js";

/** POST /users/{id}/teamwork/installedApps: the app from the organisation's catalog, by its catalog id. */
export const InstallAppBodySchema = z.strictObject({ "teamsApp@odata.bind": z.string().url() });

/**
 * POST /users/{id}/teamwork/sendActivityNotification. A text topic must carry webUrl (where a
 * click leads: our deep link to the tab); activityType is one the manifest declares, and its
 * templateText is filled from templateParameters; Teams shows 150 characters of previewText.
 */
export const ActivityNotificationBodySchema = z.strictObject({
  topic: z.strictObject({ source: z.literal("text"), value: z.string().min(1), webUrl: z.string().url() }),
  activityType: z.string().min(1).max(64),
  previewText: z.strictObject({ content: z.string().min(1).max(150) }),
  templateParameters: z.array(z.strictObject({ name: z.string().min(1), value: z.string() })),
  chainId: z.number().int().nonnegative().optional(),
});
export type ActivityNotificationBody = z.infer<typeof ActivityNotificationBodySchema>;

/** The two Teams calls the bot makes, on Microsoft Entra object ids (never names or addresses). */
export class TeamsGraph {
  constructor(private readonly graph: GraphClient) {}

  /** Installs the app in the user's personal scope; "already" when it is there (409). */
  async installForUser(aadObjectId: string, catalogAppId: string): Promise<"installed" | "already"> {
    const body = InstallAppBodySchema.parse({
      "teamsApp@odata.bind": this.graph.url(`/appCatalogs/teamsApps/${encodeURIComponent(catalogAppId)}`),
    });
    const response = await this.graph.request(
      "install",
      "POST",
      `/users/${encodeURIComponent(aadObjectId)}/teamwork/installedApps`,
      body,
      [409],
    );
    return response.status === 409 ? "already" : "installed";
  }

  async sendActivityNotification(aadObjectId: string, notification: ActivityNotificationBody): Promise<void> {
    const body = ActivityNotificationBodySchema.parse(notification);
    await this.graph.request(
      "activity",
      "POST",
      `/users/${encodeURIComponent(aadObjectId)}/teamwork/sendActivityNotification`,
      body,
    );
  }
}
