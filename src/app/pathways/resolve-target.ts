import { parseOnetCode, type Occupation, type OnetCode } from '../../core/domain/index.js';
import { AppError } from '../../errors.js';
import { resolveTitle, type TitleFinder } from '../profile/index.js';

/** A target occupation and how the typed text was read. */
export interface ResolvedTarget {
  readonly occupation: Occupation;
  readonly how: 'code' | 'title';
  readonly why: string;
}

/**
 * The target career from a code or a job title, resolved the way a current job is (a title only
 * when it is one of the occupation's O*NET titles, up to spelling); otherwise UNKNOWN_NAME with
 * "did you mean" suggestions.
 */
export function resolveTarget(
  input: string,
  find: (code: OnetCode) => Occupation | undefined,
  findTitles: TitleFinder,
): ResolvedTarget {
  const code = parseOnetCode(input);
  if (code) {
    const occupation = find(code);
    if (!occupation)
      throw new AppError(
        'NOT_FOUND',
        `target: no occupation has the code "${input}". Codes look like 15-1252.00; find one with the title search.`,
      );
    return { occupation, how: 'code', why: `${code} is the O*NET-SOC code of ${occupation.title}` };
  }
  const outcome = resolveTitle(input, findTitles);
  const occupation = outcome.resolved ? find(outcome.resolved.code) : undefined;
  if (outcome.resolved && occupation)
    return { occupation, how: 'title', why: outcome.resolved.why };
  const options = outcome.resolved ? [] : outcome.suggestions;
  const question = options.length
    ? ` (did you mean ${options.map((o) => `"${o.title}" (${o.code})`).join(', ')}?)`
    : '';
  throw new AppError(
    'UNKNOWN_NAME',
    `target: "${input}" is not a job title or O*NET-SOC code that O*NET lists, so no career is guessed for it${question}. Give an O*NET-SOC code or a title the title search finds (\`careers search "${input}"\`, GET /v1/occupations/search).`,
    {
      unknown: [
        {
          field: 'target',
          value: input,
          suggestions: options.map((o) => `${o.title} (${o.code})`),
          options,
        },
      ],
    },
  );
}
