import type { BorrowedFigures, ToolInDemand } from '../domain/index.js';
import type { ExplanationFacts } from './explanation-schema.js';

/** "A", "A and B", "A, B and C". */
export const listText = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * The pay and Bright Outlook sentence. Figures borrowed from a broader occupation (or a BLS group)
 * are said to be that, by name, and a salary floor they pass is said to be judged on them: the
 * job's own pay may differ.
 */
export function figuresText(f: ExplanationFacts): string {
  const s = f.salary;
  const b = s.borrowedFrom;
  const o = f.outlook;
  const floor =
    s.meetsFloor === null
      ? ''
      : s.meetsFloor
        ? b
          ? ', above your floor (this job’s own pay may differ)'
          : ', above your floor'
        : ', which does not clearly reach your floor';
  if (!b) {
    const pay = `The BLS median wage is ${s.medianText}${floor}.`;
    if (!o.brightOutlook) return pay;
    return `${pay} ${brightOutlookOf(o.borrowedFrom)}`;
  }
  // One row for both: "…, has a Bright Outlook and a median wage of $X".
  const bright = o.brightOutlook && o.borrowedFrom?.socCode === b.socCode;
  const median =
    s.median === null || s.median.kind === 'unknown'
      ? 'no published median wage'
      : `a median wage of ${s.medianText}${floor}`;
  const has = `${bright ? 'a Bright Outlook and ' : ''}${median}`;
  const pay =
    b.kind === 'broader-occupation'
      ? `BLS publishes no figures for ${f.title} alone; its broader occupation, ${b.title}, has ${has}.`
      : `BLS reports ${f.title} only within the group ${b.title}, which has ${has}.`;
  if (!o.brightOutlook || bright) return pay;
  return `${pay} ${brightOutlookOf(o.borrowedFrom)}`;
}

/** "It has a Bright Outlook.", or whose projection has it when the projection is borrowed. */
function brightOutlookOf(b: BorrowedFigures | null): string {
  if (!b) return 'It has a Bright Outlook.';
  return b.kind === 'broader-occupation'
    ? `Its broader occupation, ${b.title}, has a Bright Outlook.`
    : `The BLS group it belongs to, ${b.title}, has a Bright Outlook.`;
}

/**
 * The tools part of the next steps, saying which kind of demand it is: asked for in this job's
 * own postings (O*NET In Demand) or across all postings (Hot Technology), and, for someone with a
 * current job, that its tools are left out. Null without tools.
 */
export function toolsText(
  tools: readonly ToolInDemand[],
  leaveOutCurrentJob = false,
): string | null {
  const shown = tools.slice(0, 3);
  if (shown.length === 0) return null;
  const own = shown.filter((t) => t.inDemand).map((t) => t.name);
  const wide = shown.filter((t) => !t.inDemand).map((t) => t.name);
  const parts = [
    own.length > 0 ? `tools employers ask for in this job: ${listText(own)}` : null,
    wide.length > 0
      ? `${own.length > 0 ? 'and' : 'technology'} in demand across job postings: ${listText(wide)}`
      : null,
  ].filter((p): p is string => p !== null);
  const newToYou = leaveOutCurrentJob ? ' (leaving out what your current job already uses)' : '';
  return `${parts.join(', ')}${newToYou}`;
}
