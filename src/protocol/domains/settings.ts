import { z } from 'zod';
import { message } from '../contract.ts';
import { LANGUAGES, THEMES, type Settings } from './settings-values.ts';

export const settingsSchema: z.ZodType<Settings> = z.object({
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
  autoLockMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  slippageBps: z.number().int().min(1).max(5_000),
  shieldStaking: z.boolean().optional(),
});

const settingsPatch = z
  .object({
    language: z.enum(LANGUAGES),
    theme: z.enum(THEMES),
    autoLockMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    slippageBps: z.number().int().min(1).max(5_000),
    shieldStaking: z.boolean(),
  })
  .partial()
  .strict();

export const settingsMessages = {
  'pri(settings.get)': message<Settings>()(() => z.null()),
  'pri(settings.update)': message<Settings>()(() => settingsPatch),
  'pri(settings.subscribe)': message<Settings, Settings>()(() => z.null()),
};
