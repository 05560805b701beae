import type { OnetCode, RelatedOccupation, Task, Technology } from '../../core/domain/index.js';
import type { DataIssue } from '../../errors.js';
import type { OnetTables } from '../onet/index.js';
import { ONET_FILES } from '../onet/index.js';
import { groupByCode } from './group-by-code.js';

/** The per-occupation lists of the catalog, keyed by O*NET-SOC code. */
export interface OccupationLists {
  readonly alternateTitles: ReadonlyMap<OnetCode, readonly string[]>;
  readonly reportedTitles: ReadonlyMap<OnetCode, readonly string[]>;
  readonly technologies: ReadonlyMap<OnetCode, readonly Technology[]>;
  readonly tasks: ReadonlyMap<OnetCode, readonly Task[]>;
  readonly related: ReadonlyMap<OnetCode, readonly RelatedOccupation[]>;
}

function mapValues<K, A, B>(map: ReadonlyMap<K, readonly A[]>, f: (a: A) => B): Map<K, B[]> {
  return new Map([...map].map(([k, rows]) => [k, rows.map(f)]));
}

/**
 * Groups titles, technologies, tasks and related occupations by code (file order; related by
 * index). Unknown codes, including unknown related codes, are reported as issues.
 */
export function toOccupationLists(
  tables: OnetTables,
  knownCodes: ReadonlySet<string>,
  issues: DataIssue[],
): OccupationLists {
  const group = <R extends { readonly code: OnetCode; readonly line: number }>(
    rows: readonly R[],
    file: string,
  ) => groupByCode(rows, knownCodes, file, issues);

  const relatedFile = ONET_FILES.relatedOccupations.file;
  const relatedRows = tables.relatedOccupations.filter((r) => {
    if (knownCodes.has(r.relatedCode)) return true;
    issues.push({
      file: relatedFile,
      line: r.line,
      field: 'Related O*NET-SOC Code',
      problem: `${r.relatedCode} is not in Occupation Data.txt`,
    });
    return false;
  });
  const related = mapValues(group(relatedRows, relatedFile), (r) => ({
    code: r.relatedCode,
    tier: r.tier,
    index: r.index,
  }));
  for (const list of related.values()) list.sort((a, b) => a.index - b.index);

  return {
    alternateTitles: mapValues(
      group(tables.alternateTitles, ONET_FILES.alternateTitles.file),
      (r) => r.title,
    ),
    reportedTitles: mapValues(
      group(tables.reportedTitles, ONET_FILES.reportedTitles.file),
      (r) => r.title,
    ),
    technologies: mapValues(
      group(tables.technologySkills, ONET_FILES.technologySkills.file),
      (r) => ({
        name: r.example,
        commodityTitle: r.commodityTitle,
        hot: r.hot,
        inDemand: r.inDemand,
      }),
    ),
    tasks: mapValues(group(tables.taskStatements, ONET_FILES.taskStatements.file), (r) => ({
      id: r.taskId,
      text: r.text,
      core: r.taskType === 'Core',
    })),
    related,
  };
}
