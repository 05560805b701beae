import { z } from 'zod';

/** A readonly array schema: answers are readonly data, and their inferred types must say so. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
