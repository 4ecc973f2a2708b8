import { z } from "zod";
import type { GraphClient } from "./graph-client.js";
import { GraphError } from "./graph-error.js";

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

/**
 * GET /users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{catalogId}':
 * the user's installations of our app; an installation's id is not the app's id.
 */
export const InstalledAppsSchema = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });
/** GET /users/{id}/teamwork/installedApps/{installationId}/chat: its id is the personal chat's conversation id. */
export const InstallationChatSchema = z.object({ id: z.string().min(1).max(400) });

/** The Teams calls the bot makes, on Microsoft Entra object ids (never names or addresses). */
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

  /**
   * The personal chat between the user and the app, when the app is installed for them
   * (Microsoft's documented route after a proactive install: the installation, then its chat);
   * undefined when Graph lists no installation of the app.
   */
  async personalChatId(aadObjectId: string, catalogAppId: string): Promise<string | undefined> {
    const user = `/users/${encodeURIComponent(aadObjectId)}/teamwork/installedApps`;
    // OData string literal: a quote inside is doubled.
    const filter = encodeURIComponent(`teamsApp/id eq '${catalogAppId.replace(/'/g, "''")}'`);
    const listed = await this.graph.request("installations", "GET", `${user}?$expand=teamsApp&$filter=${filter}`);
    const installation = InstalledAppsSchema.safeParse(listed.body);
    if (!installation.success) throw new GraphError(listed.status, "UnreadableAnswer", "installations");
    const id = installation.data.value[0]?.id;
    if (!id) return undefined;
    const chat = await this.graph.request("chat", "GET", `${user}/${encodeURIComponent(id)}/chat`);
    const parsed = InstallationChatSchema.safeParse(chat.body);
    if (!parsed.success) throw new GraphError(chat.status, "UnreadableAnswer", "chat");
    return parsed.data.id;
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
