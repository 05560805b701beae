/** Rank bands of the complete-profile standing: the shown ten, the next forty, the rest. */
export const RANK_BANDS = [10, 50, Infinity] as const;

/** Width (points) of the complete-profile percentage bins of the truth table. */
export const TRUTH_BIN_POINTS = 5;

/** Fewest held-out occupations behind a truth cell; lighter cells use their whole rank band. */
export const MIN_TRUTH_CELL = 20;

/** Where an occupation stands for a person's complete profile: rank band and percentage bin. */
export interface Standing {
  readonly band: number;
  readonly bin: number;
}

/** The standing of an occupation ranked `rank` (1-based) with complete-profile `percent`. */
export function toStanding(rank: number, percent: number): Standing {
  const band = RANK_BANDS.findIndex((top) => rank <= top);
  return { band, bin: Math.min(Math.floor(percent / TRUTH_BIN_POINTS), 100 / TRUTH_BIN_POINTS) };
}

/**
 * Counts of related occupations per complete-profile standing, gathered on held-out queries:
 * the observed rate of related occupations that a range's truth is read from.
 */
export interface TruthTable {
  /** Counts one held-out occupation with its standing and whether it is related. */
  add(s: Standing, related: boolean): void;
  /** The observed rate (points) at a standing, from its band when its cell is too light. */
  rate(s: Standing): number | null;
}

/** An empty truth table. */
export function createTruthTable(): TruthTable {
  const cells = new Map<string, { n: number; related: number }>();
  return {
    add(s, related) {
      for (const key of [`${s.band}:${s.bin}`, `${s.band}`]) {
        const c = cells.get(key) ?? { n: 0, related: 0 };
        c.n++;
        if (related) c.related++;
        cells.set(key, c);
      }
    },
    rate(s) {
      const cell = cells.get(`${s.band}:${s.bin}`);
      const use = cell && cell.n >= MIN_TRUTH_CELL ? cell : cells.get(`${s.band}`);
      return use && use.n > 0 ? (100 * use.related) / use.n : null;
    },
  };
}
