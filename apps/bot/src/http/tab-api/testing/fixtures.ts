import { randomUUID } from "node:crypto";
import type { RunningApp } from "../../../app.js";
import { DEV_USER_HEADER } from "../index.js";

import { LANDLORD_SENDER } from "../../../testing/signal-fixtures.js";
export { demo, huurachterstand, overlast, LANDLORD_SENDER } from "../../../testing/signal-fixtures.js";

export async function submitSignal(app: RunningApp, body: unknown): Promise<string> {
  const result = await app.signals.submit({
    body,
    sender: LANDLORD_SENDER,
    idempotencyKey: randomUUID(),
    correlationId: randomUUID(),
  });
  return result.signal.id;
}

export interface TabCall {
  status: number;
  body: unknown;
  headers: Headers;
}

/** One /api/tab request as the tab makes it: as a demo user (dev header) or with an SSO token. */
export async function tabCall(
  baseUrl: string,
  path: string,
  init: { user?: string; token?: string; method?: string; body?: unknown } = {},
): Promise<TabCall> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (init.user) headers[DEV_USER_HEADER] = init.user;
  if (init.token) headers["authorization"] = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: response.headers };
}
