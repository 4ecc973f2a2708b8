// Verdeelsleutel MH.3 (seed 002): exact shares, largest-remainder integers, the working in Dutch.
export * from "./verdeelsleutel.js";
export { VerdeelsleutelRequestSchema, parseVerdeelsleutelRequest, type VerdeelsleutelRequest } from "./request.js";
