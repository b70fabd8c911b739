// zod schemas for texts and dates in data/; kept apart from text.ts so the app ships without zod.
import { z } from 'zod'
import { isRealDate } from './text'

export const localizedText = z.object({
  de: z.string().trim().min(1, 'German text is missing'),
  en: z.string().trim().min(1, 'English text is missing'),
})

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date')
