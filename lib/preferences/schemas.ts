// A moderator's own review preferences (auto-advance, queue density): one strict input schema.
import { z } from "zod";

export const ZUpdatePreferences = z
  .object({ autoAdvance: z.boolean().optional(), compactQueue: z.boolean().optional() })
  .strict()
  .refine((v) => v.autoAdvance !== undefined || v.compactQueue !== undefined, {
    message: "Say which preference to change.",
  });

export type TPreferences = { autoAdvance: boolean; compactQueue: boolean };

export const DEFAULT_PREFERENCES: TPreferences = { autoAdvance: true, compactQueue: false };
