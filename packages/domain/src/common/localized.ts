import { z } from "zod";

/** A text in both product languages: Dutch first (the legal language), English too. */
export const LocalizedSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof LocalizedSchema>;

export const LanguageSchema = z.enum(["nl", "en"]);
export type Language = z.infer<typeof LanguageSchema>;

export const t = (nl: string, en: string): Localized => ({ nl, en });
