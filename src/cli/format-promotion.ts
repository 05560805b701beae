import type { PromotionOutcome } from '../app/train/index.js';

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(4)}`;

/** A promotion decision as text: each held-out check's numbers, then the verdict and reason. */
export function formatPromotion(o: PromotionOutcome): string {
  const lines = o.checks.map(
    (c) =>
      `  ${c.name}: candidate ${c.candidateMean.toFixed(4)}, active ${c.currentMean.toFixed(4)}, improvement ${signed(c.improvement.mean)} (95% CI ${signed(c.improvement.low)} to ${signed(c.improvement.high)}, ${c.units} ${c.unit}) — ${c.verdict}`,
  );
  return [
    o.comparedWith
      ? `Compared with the active model ${o.comparedWith} on the same held-out data (paired bootstrap):`
      : 'No active model to compare with.',
    ...lines,
    `${o.activated ? 'Activated' : 'Not activated'} ${o.version}${o.forced ? ' (forced)' : ''}: ${o.reason}.`,
    '',
  ].join('\n');
}
