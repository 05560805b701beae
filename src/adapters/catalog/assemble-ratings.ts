import type { ElementDescriptor, ElementRating, OnetCode } from '../../core/domain/index.js';
import type { DataIssue } from '../../errors.js';
import type { ContentModelRow, RatingRow } from '../onet/index.js';

interface Pending {
  readonly line: number;
  readonly importance: number[];
  readonly level: number[];
  readonly suppressed: boolean[];
  readonly notRelevant: boolean[];
}

/**
 * Descriptors of the elements rated in a file, in Content Model Reference order, with names and
 * descriptions from the reference (an element missing there is reported, named from the file).
 */
export function toElementDescriptors(
  rows: readonly {
    readonly elementId: string;
    readonly elementName: string;
    readonly line: number;
  }[],
  contentModel: readonly ContentModelRow[],
  file: string,
  issues: DataIssue[],
): ElementDescriptor[] {
  const found = new Map<string, { name: string; line: number }>();
  for (const row of rows) {
    if (!found.has(row.elementId))
      found.set(row.elementId, { name: row.elementName, line: row.line });
  }
  const described: ElementDescriptor[] = [];
  for (const ref of contentModel) {
    if (!found.has(ref.elementId)) continue;
    described.push({ id: ref.elementId, name: ref.name, description: ref.description });
    found.delete(ref.elementId);
  }
  for (const [id, { name, line }] of found) {
    issues.push({
      file,
      line,
      field: 'Element ID',
      problem: `${id} is not in Content Model Reference.txt`,
    });
    described.push({ id, name, description: name });
  }
  return described;
}

/**
 * Turns IM/LV rating rows into one ElementRating per element (in `elementIds` order) for each
 * occupation. Every rated occupation must have both scales for every element; unknown codes,
 * unknown elements, duplicates and gaps are reported as issues.
 */
export function toRatingsByCode(
  rows: readonly RatingRow[],
  elementIds: readonly string[],
  knownCodes: ReadonlySet<string>,
  file: string,
  issues: DataIssue[],
): Map<OnetCode, ElementRating[]> {
  const indexById = new Map(elementIds.map((id, i) => [id, i]));
  const n = elementIds.length;
  const pending = new Map<OnetCode, Pending>();
  const issue = (line: number, field: string, problem: string): void => {
    issues.push({ file, line, field, problem });
  };
  for (const row of rows) {
    const index = indexById.get(row.elementId);
    if (!knownCodes.has(row.code)) {
      issue(row.line, 'O*NET-SOC Code', `${row.code} is not in Occupation Data.txt`);
      continue;
    }
    if (index === undefined) {
      issue(row.line, 'Element ID', `${row.elementId} is not one of the ${n} expected elements`);
      continue;
    }
    let p = pending.get(row.code);
    if (p === undefined) {
      p = {
        line: row.line,
        importance: new Array<number>(n).fill(Number.NaN),
        level: new Array<number>(n).fill(Number.NaN),
        suppressed: new Array<boolean>(n).fill(false),
        notRelevant: new Array<boolean>(n).fill(false),
      };
      pending.set(row.code, p);
    }
    const target = row.scale === 'IM' ? p.importance : p.level;
    if (!Number.isNaN(target[index] ?? Number.NaN)) {
      issue(
        row.line,
        'Scale ID',
        `duplicate ${row.scale} rating of ${row.elementId} for ${row.code}`,
      );
      continue;
    }
    target[index] = row.value;
    if (row.suppressed) p.suppressed[index] = true;
    if (row.scale === 'LV' && row.notRelevant === true) p.notRelevant[index] = true;
  }
  const result = new Map<OnetCode, ElementRating[]>();
  for (const [code, p] of pending) {
    const missing = elementIds.flatMap((id, i) => [
      ...(Number.isNaN(p.importance[i] ?? Number.NaN) ? [`IM ${id}`] : []),
      ...(Number.isNaN(p.level[i] ?? Number.NaN) ? [`LV ${id}`] : []),
    ]);
    if (missing.length > 0) {
      const list = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ', …' : '');
      issue(p.line, 'Element ID', `${code} lacks ${missing.length} rating(s): ${list}`);
      continue;
    }
    result.set(
      code,
      elementIds.map((_, i) => ({
        importance: p.importance[i] ?? 0,
        level: p.level[i] ?? 0,
        suppressed: p.suppressed[i] ?? false,
        notRelevant: p.notRelevant[i] ?? false,
      })),
    );
  }
  return result;
}
