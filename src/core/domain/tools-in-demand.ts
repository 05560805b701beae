import { z } from 'zod';
import type { Occupation } from './occupation.js';

/** A technology O*NET flags In Demand or Hot for an occupation, with what its rank rests on. */
export const toolInDemandSchema = z
  .object({
    name: z.string(),
    commodityTitle: z.string().describe('The kind of technology (O*NET commodity title).'),
    inDemand: z.boolean().describe('O*NET In Demand: asked for in this occupation’s postings.'),
    hot: z.boolean().describe('O*NET Hot Technology: asked for across all job postings.'),
    sameKindExamples: z
      .number()
      .int()
      .describe('How many of the occupation’s O*NET technology examples are of the same kind.'),
    occupationsListing: z.number().int().describe('How many occupations list this technology.'),
  })
  .meta({ id: 'ToolInDemand' });

/** A technology employers ask for in one occupation (see toolInDemandSchema). */
export type ToolInDemand = z.infer<typeof toolInDemandSchema>;

const usageMemo = new WeakMap<readonly Occupation[], ReadonlyMap<string, number>>();

/** How many occupations list each technology example (kept per occupations list). */
export function technologyUsage(occupations: readonly Occupation[]): ReadonlyMap<string, number> {
  let usage = usageMemo.get(occupations);
  if (!usage) {
    const counts = new Map<string, number>();
    for (const o of occupations) {
      for (const name of new Set(o.technologies.map((t) => t.name))) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
    usage = counts;
    usageMemo.set(occupations, usage);
  }
  return usage;
}

function compareTools(a: ToolInDemand, b: ToolInDemand): number {
  return (
    Number(b.inDemand) - Number(a.inDemand) ||
    b.sameKindExamples - a.sameKindExamples ||
    Number(b.hot) - Number(a.hot) ||
    b.occupationsListing - a.occupationsListing ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/**
 * The occupation's technologies that O*NET flags In Demand or Hot, most relevant first: asked for
 * in this occupation's own job postings (In Demand) before only across all postings (Hot); within
 * each, the kind of technology this occupation lists most examples of first (Jira and Confluence
 * for IT project managers, where project management software makes up 67 of 334 examples), then
 * Hot, then the ones more occupations use; the name only breaks what is still tied. Technologies
 * named in `known` (the person's current job) are left out: they are not what the person has to
 * learn.
 */
export function rankToolsInDemand(
  occupation: Pick<Occupation, 'technologies'>,
  occupations: readonly Occupation[],
  known: ReadonlySet<string> = new Set(),
  limit = 10,
): ToolInDemand[] {
  const ranked: ToolInDemand[] = [];
  for (const tool of rankedTools(occupation, occupations)) {
    if (ranked.length === limit) break;
    if (!known.has(tool.name)) ranked.push(tool);
  }
  return ranked;
}

const rankedMemo = new WeakMap<
  readonly Occupation[],
  WeakMap<Pick<Occupation, 'technologies'>, readonly ToolInDemand[]>
>();

/** All of an occupation's In Demand or Hot technologies in rankToolsInDemand's order (kept). */
function rankedTools(
  occupation: Pick<Occupation, 'technologies'>,
  occupations: readonly Occupation[],
): readonly ToolInDemand[] {
  let byOccupation = rankedMemo.get(occupations);
  if (!byOccupation) rankedMemo.set(occupations, (byOccupation = new WeakMap()));
  const memo = byOccupation.get(occupation);
  if (memo) return memo;
  const usage = technologyUsage(occupations);
  const kinds = new Map<string, number>();
  for (const t of occupation.technologies) {
    kinds.set(t.commodityTitle, (kinds.get(t.commodityTitle) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const tools: ToolInDemand[] = [];
  for (const t of occupation.technologies) {
    if (!(t.hot || t.inDemand) || seen.has(t.name)) continue;
    seen.add(t.name);
    tools.push(
      Object.freeze({
        name: t.name,
        commodityTitle: t.commodityTitle,
        inDemand: t.inDemand,
        hot: t.hot,
        sameKindExamples: kinds.get(t.commodityTitle) ?? 0,
        occupationsListing: usage.get(t.name) ?? 0,
      }),
    );
  }
  const ranked = Object.freeze(tools.sort(compareTools));
  byOccupation.set(occupation, ranked);
  return ranked;
}
