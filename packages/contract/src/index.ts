export * from "./tab-api.js";
export * from "./public-api.js";
export * from "./route-spec.js";
export * from "./routes.js";
export { openApiDocument } from "./openapi.js";
export * from "./labels.js";
export * from "./card-verbs.js";
