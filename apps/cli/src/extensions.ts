/** Commands that take one JSON input; the verdeelsleutel (MH.3) registers here. */
export const commandExtensions: Record<string, (input: unknown) => unknown> = {};
