import { createConfig } from "@convenantbot/eslint-config";

export default createConfig({ root: import.meta.dirname });
