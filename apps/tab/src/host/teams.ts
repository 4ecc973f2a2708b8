import { app, authentication, pages } from "@microsoft/teams-js";
import { teamsThemeName, type TeamsThemeName } from "../theme/themes";
import { withTimeout } from "./host-choice";

export interface TeamsContext {
  locale: string;
  theme: TeamsThemeName;
  /** personal (static tab) or channel (configurable tab). */
  frame: string;
  /** What a deep link asked to open (`signal:<id>`), from the link's subEntityId. */
  subPageId?: string;
}

/**
 * Initialises teams-js and reads what the tab needs from the context. Who the user is comes
 * from the SSO token the bot verifies, never from this context (the page could fake it).
 */
export async function connectTeams(timeoutMs = 10_000): Promise<TeamsContext> {
  await withTimeout(app.initialize(), timeoutMs, "Microsoft Teams reageert niet / Microsoft Teams does not respond");
  const context = await app.getContext();
  // Only hides Teams' loading indicator; nothing to do if that message fails.
  void app.notifySuccess();
  return {
    locale: context.app.locale,
    theme: teamsThemeName(context.app.theme),
    frame: context.page.frameContext ?? "content",
    ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
  };
}

export function onTeamsThemeChange(handler: (theme: TeamsThemeName) => void): void {
  app.registerOnThemeChangeHandler((theme) => handler(teamsThemeName(theme)));
}

export const teamsSsoToken = (): Promise<string> => authentication.getAuthToken();

/** The channel tab's configuration page: one fixed tab, the same content for every channel. */
export async function registerChannelTabConfig(config: {
  entityId: string;
  contentUrl: string;
  suggestedDisplayName: string;
}): Promise<void> {
  await withTimeout(app.initialize(), 10_000, "Microsoft Teams reageert niet / Microsoft Teams does not respond");
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config
      .setConfig({ ...config, websiteUrl: config.contentUrl })
      .then(() => saveEvent.notifySuccess())
      .catch((error: unknown) => saveEvent.notifyFailure(String(error)));
  });
  pages.config.setValidityState(true);
}
