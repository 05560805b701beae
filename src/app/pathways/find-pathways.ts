import type { Catalog, Occupation, OnetCode, UserProfile } from '../../core/domain/index.js';
import {
  SHORTFALL_WEIGHT,
  STRETCH_PENALTY,
  findRoutes,
  type SearchContext,
} from '../../core/pathways/index.js';
import type { ProfileResolution, TitleFinder } from '../profile/index.js';
import type { PathwaysResult } from './pathways-result.js';
import { resolveTarget } from './resolve-target.js';
import { toStartingPoint, type StartOptions } from './start-state.js';

/** What the pathways use case needs. */
export interface PathwaysDeps {
  readonly catalog: Catalog;
  readonly search: SearchContext;
  readonly findOccupation: (code: OnetCode) => Occupation | undefined;
  readonly findTitles: TitleFinder;
}

/** One pathways question, after the edge's zod parse and the profile's resolution. */
export interface PathwaysQuestion extends StartOptions {
  readonly profile: UserProfile;
  readonly resolved: ProfileResolution;
  readonly target: string;
  readonly maxSteps: number;
  readonly limit: number;
}

/** Assumptions every answer rests on, besides the basis of each number. */
export const PATHWAY_ASSUMPTIONS: readonly string[] = [
  'Study is counted full-time and before the move it is for, on one ladder of years after high school: certificate or some college 1, associate 2, bachelor’s 4, master’s 6, doctoral or professional 8.',
  'Education needed is BLS’s typical entry education; O*NET’s share of workers who say less is enough is given beside it.',
  'Related experience is BLS’s category, made finer with the median of O*NET’s Related Work Experience answers; it is gained in the job before the move when O*NET lists that job as related.',
  'A stepping stone counts at least 6 months, or its O*NET on-the-job training time, or the experience the next move asks for, whichever is longest; once worked in, its O*NET skill levels count as yours.',
  'On-the-job training after a move is the median of O*NET’s On-the-Job Training answers (BLS category beside it); it is paid work in the new job and not part of the time to be ready, except an internship or residency (BLS), which comes before independent practice and is counted in it as at least 3 years (our assumption).',
  'A stepping stone asks no schooling you do not have: study goes toward the target.',
  `Routes are ranked by years to be ready, plus ${STRETCH_PENALTY} per stretch move, 0.1 per move O*NET does not list as related and ${SHORTFALL_WEIGHT} × the skill shortfall of the hardest move; a route through stepping stones is shown only when it is quicker or easier than the direct move.`,
  'Licences and certifications are not in the data used here: a route says it needs a doctoral or professional degree, a residency or an apprenticeship only where BLS or O*NET categories say so. Check your state’s licensing rules for the target.',
];

/**
 * Routes from the person (current job and stated skills) to a target career: resolves the target
 * (UNKNOWN_NAME with "did you mean" when it cannot), then answers with routes, or with a reason
 * when the person already works there or no route fits in `maxSteps`.
 */
export function findPathways(deps: PathwaysDeps, q: PathwaysQuestion): PathwaysResult {
  const target = resolveTarget(q.target, deps.findOccupation, deps.findTitles);
  const t = target.occupation;
  const current = q.profile.currentOccupation
    ? (deps.findOccupation(q.profile.currentOccupation) ?? null)
    : null;
  const start = toStartingPoint(q.profile, current, q);
  const base = {
    current: current ? { code: current.code, title: current.title } : null,
    target: {
      code: t.code,
      title: t.title,
      jobZone: t.jobZone,
      entryEducation: t.outlook?.typicalEntryEducation ?? null,
    },
    targetResolved: { input: q.target, how: target.how, why: target.why },
    maxSteps: q.maxSteps,
    education: start.education,
    assumptions: [...start.assumptions, ...PATHWAY_ASSUMPTIONS],
    resolved: q.resolved,
  };
  if (current?.code === t.code) {
    return {
      ...base,
      routes: [],
      reason: {
        code: 'ALREADY_THERE',
        message: `You already work as ${t.title}: there is no move to make. Ask for another target, or see the recommendations for where to go next.`,
      },
      routesConsidered: 0,
    };
  }
  const found = findRoutes(
    deps.catalog,
    { start: start.state, target: t, maxSteps: q.maxSteps, limit: q.limit },
    deps.search,
  );
  const reason =
    found.routes.length > 0
      ? null
      : {
          code: 'NO_ROUTE' as const,
          message: `No route reaches ${t.title} within ${q.maxSteps} move(s): a single move may raise the Job Zone by at most 2 unless it includes study, and no stepping stone near both ends is on the way${q.maxSteps < 3 ? '. Try maxSteps 3' : ''}.`,
        };
  return { ...base, routes: [...found.routes], reason, routesConsidered: found.routesConsidered };
}
