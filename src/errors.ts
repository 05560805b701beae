/** Stable error codes: clients and tests rely on them; the message says what to do. */
export type ErrorCode =
  | 'DATA_MISSING'
  | 'DATA_INVALID'
  | 'DATA_FETCH_FAILED'
  | 'VALIDATION_FAILED'
  | 'UNKNOWN_NAME'
  | 'NOT_FOUND'
  | 'MODEL_MISSING'
  | 'MODEL_INVALID'
  | 'MODEL_INCOMPATIBLE'
  | 'STORE_UNAVAILABLE'
  | 'UNAUTHORIZED'
  | 'RATE_LIMITED'
  | 'NOT_READY'
  | 'CONFIG_INVALID'
  | 'INTERNAL';

/** One problem found in a data file, reported as `file:line: field: problem`. */
export interface DataIssue {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly problem: string;
}

/** Formats a data issue the way compilers do, so editors can jump to it. */
export function formatDataIssue(issue: DataIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field}: ${issue.problem}`;
}

/** An error a user can cause or fix, with a stable code and an actionable message. */
export class AppError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Structured details safe to show to the user (never secrets). */
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** Error for data files with problems: all issues are collected, not only the first. */
export function dataInvalidError(issues: readonly DataIssue[], limit = 50): AppError {
  const shown = issues.slice(0, limit).map(formatDataIssue);
  const more = issues.length > limit ? `\n… and ${issues.length - limit} more` : '';
  return new AppError(
    'DATA_INVALID',
    `${issues.length} problem(s) in the data files:\n${shown.join('\n')}${more}`,
    { issues },
  );
}

/** True for AppError instances (also across module copies). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === 'AppError');
}
