import { z } from 'zod';
import type { EnhanceProposal } from '../../app/ports/index.js';

const answerSchema = z.object({
  items: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(20),
        text: z.string().trim().min(1).max(1500),
      }),
    )
    .min(1)
    .max(100),
  rerank: z
    .object({
      order: z.array(z.string().trim().min(1).max(20)).max(100),
      reason: z.string().trim().max(400),
    })
    .nullable()
    .optional(),
});

/** Takes the outermost `{…}` of an answer, dropping code fences or chatter some models add. */
function jsonObjectText(content: string): string | null {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  return start >= 0 && end > start ? content.slice(start, end + 1) : null;
}

/**
 * Parses a model's answer into a proposal: tolerant of code fences and surrounding prose,
 * strict about the shape (zod). Null when the answer is not the object asked for.
 */
export function parseEnhanceAnswer(content: string): EnhanceProposal | null {
  const text = jsonObjectText(content);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) return null;
  return { items: parsed.data.items, rerank: parsed.data.rerank ?? null };
}
