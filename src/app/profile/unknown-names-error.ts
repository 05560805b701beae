import { AppError } from '../../errors.js';
import type { UnknownName } from './resolve-names.js';

const question = (names: readonly string[]) =>
  names.length ? ` (did you mean ${names.map((x) => `"${x}"`).join(', ')}?)` : '';

function describe(u: UnknownName): string {
  if (u.field === 'currentOccupation') {
    return `currentOccupation: "${u.value}" is not a job title or O*NET-SOC code that O*NET lists, so no occupation is guessed for it${question(u.suggestions)}`;
  }
  if (u.ambiguous) {
    return `${u.field}: "${u.value}" can mean several O*NET skills (which one: ${u.suggestions.map((x) => `"${x}"`).join(', ')}?)`;
  }
  return `${u.field}: unknown name "${u.value}"${question(u.suggestions)}`;
}

/**
 * The UNKNOWN_NAME error for every name a profile could not resolve: one part each, a question
 * where there are candidates, then where the valid names are listed.
 */
export function unknownNamesError(unknown: readonly UnknownName[]): AppError {
  const job = unknown.find((u) => u.field === 'currentOccupation');
  const where = [
    unknown.some((u) => u.field !== 'currentOccupation')
      ? 'The valid names are listed by GET /v1/reference (API) and `careers recommend --help` (CLI).'
      : null,
    job
      ? `For currentOccupation give an O*NET-SOC code such as 13-1161.00 or a job title the title search finds (\`careers search "${job.value}"\`, GET /v1/occupations/search).`
      : null,
  ].filter((x): x is string => x !== null);
  return new AppError('UNKNOWN_NAME', `${unknown.map(describe).join('; ')}. ${where.join(' ')}`, {
    unknown,
  });
}
