import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { graphSettingsOf } from "./graph-settings.js";

describe("Graph settings", () => {
  it("are off without the app registration (local mode, or no tenant): nothing changes", () => {
    expect(graphSettingsOf(loadConfig({}))).toBeUndefined();
    expect(
      graphSettingsOf(
        loadConfig({ MicrosoftAppId: "2b0e8f5a-4a1c-4f0e-9f55-0c7d9e8a1b23", MicrosoftAppPassword: "s" }),
      ),
    ).toBeUndefined();
  });

  it("use Microsoft's endpoints by default and the configured ones when set", () => {
    const app = {
      MicrosoftAppId: "2b0e8f5a-4a1c-4f0e-9f55-0c7d9e8a1b23",
      MicrosoftAppPassword: "s",
      MicrosoftAppTenantId: "9b3f5c2e-1a7d-4e8b-b6c4-3d2e1f0a9c8b",
    };
    expect(graphSettingsOf(loadConfig(app))).toEqual({
      baseUrl: "https://graph.microsoft.com/v1.0",
      authorityUrl: "https://login.microsoftonline.com",
      tenantId: app.MicrosoftAppTenantId,
      clientId: app.MicrosoftAppId,
      clientSecret: "s",
    });
    const custom = graphSettingsOf(
      loadConfig({
        ...app,
        GRAPH_BASE_URL: "https://graph.microsoft.us/v1.0",
        GRAPH_AUTHORITY_URL: "https://login.microsoftonline.us",
        TEAMS_APP_CATALOG_ID: "e8a1c7b2-5d4f-4a3e-9b1c-2f6d8e0a4b17",
      }),
    );
    expect(custom).toMatchObject({
      baseUrl: "https://graph.microsoft.us/v1.0",
      authorityUrl: "https://login.microsoftonline.us",
      catalogAppId: "e8a1c7b2-5d4f-4a3e-9b1c-2f6d8e0a4b17",
    });
  });
});
