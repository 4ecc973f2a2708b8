import { verdeelsleutel } from "@convenantbot/domain";

/** Commands that take one JSON input; the verdeelsleutel (MH.3) registers here. */
export const commandExtensions: Record<string, (input: unknown) => unknown> = {
  // MH.3 (seed 002, art. 3): exact shares, largest-remainder homes, the working in Dutch.
  verdeelsleutel,
};
