import type { OnetCode } from '../../core/domain/index.js';
import { ONET_FILES } from './onet-files.js';
import { parseTable, readDate, readOnetCode } from './parse-helpers.js';

/** One row of `Task Statements.txt`. */
export interface TaskRow {
  readonly line: number;
  readonly code: OnetCode;
  readonly taskId: string;
  readonly text: string;
  /** `Core` / `Supplemental`, or null when O*NET gives `n/a` (tasks not yet rated). */
  readonly taskType: 'Core' | 'Supplemental' | null;
}

const TASK_TYPES = ['Core', 'Supplemental', 'n/a'] as const;

/** Parses `Task Statements.txt` (task text, Core/Supplemental type, incumbents responding). */
export function parseTaskStatements(text: string): TaskRow[] {
  return parseTable(text, ONET_FILES.taskStatements, (f) => {
    const code = readOnetCode(f, 0);
    const taskId = f.matching(1, /^\d+$/, 'a task id (digits)');
    const task = f.text(2);
    const type = f.oneOf(3, TASK_TYPES);
    f.numberOrNull(4, { min: 0, integer: true });
    readDate(f, 5);
    f.text(6);
    const taskType = type === 'n/a' ? null : type;
    return { line: f.line, code, taskId, text: task, taskType };
  });
}
