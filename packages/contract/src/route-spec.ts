import type { z } from "zod";

/** Who may call a route, and how it proves it. */
export type RouteAuth =
  /** Anyone: pure functions of the request (the check contract) and the document itself. */
  | "none"
  /** A partner system: `Authorization: Bearer <per-party API key>`. */
  | "apiKey"
  /** The Teams tab: a Teams SSO token (in local mode also the playground's demo header). */
  | "tabSso"
  /** The Bot Framework channel: its signed JWT (none in local mode). */
  | "botFramework";

export interface RouteResponse {
  description: string;
  schema?: z.ZodType;
}

/** One HTTP route of the bot: what the bot mounts and what OpenAPI documents, from one row. */
export interface RouteSpec {
  method: "get" | "post";
  /** OpenAPI form (`/api/signals/{id}`); the bot mounts it as restify's `:id`. */
  path: string;
  summary: string;
  auth: RouteAuth;
  tag: "check" | "signals" | "aanmeldingen" | "cases" | "tab" | "bot" | "meta";
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: z.ZodType;
  /** The body's media type when it is not JSON (the tab's CSV upload). */
  bodyMediaType?: "text/csv";
  /** A body larger than the server's default limit (bytes). */
  maxBodyBytes?: number;
  responses: Readonly<Record<number, RouteResponse>>;
}

/** restify's path form of a route: `{id}` becomes `:id`. */
export function restifyPath(path: string): string {
  return path.replace(/\{([A-Za-z0-9_]+)\}/g, ":$1");
}
