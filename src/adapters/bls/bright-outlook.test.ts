import { describe, expect, it } from 'vitest';
import { toBrightOutlook } from './bright-outlook.js';

describe('toBrightOutlook (growth ≥ 5% or openings ≥ 10.0 thousand a year)', () => {
  it('is bright by growth alone at exactly 5%', () => {
    const result = toBrightOutlook(5, 0.4);
    expect(result.brightOutlook).toBe(true);
    expect(result.brightOutlookReason).toMatch(/5\.0% .* at least 5%/);
  });

  it('is not bright just under both thresholds', () => {
    const result = toBrightOutlook(4.9, 9.9);
    expect(result.brightOutlook).toBe(false);
    expect(result.brightOutlookReason).toMatch(/^Not Bright Outlook/);
  });

  it('is bright by openings alone even when employment shrinks (15-1244: −4.2%, 14.3k)', () => {
    const result = toBrightOutlook(-4.2, 14.3);
    expect(result.brightOutlook).toBe(true);
    expect(result.brightOutlookReason).toContain(
      '14.3 thousand openings a year is at least 10 thousand',
    );
    expect(result.brightOutlookReason).toContain('-4.2%');
  });

  it('is bright by openings at exactly 10.0 thousand (100,000 over the decade)', () => {
    expect(toBrightOutlook(0, 10).brightOutlook).toBe(true);
  });

  it('names both reasons when both hold', () => {
    const reason = toBrightOutlook(33.5, 23.4).brightOutlookReason;
    expect(reason).toContain('33.5%');
    expect(reason).toContain('23.4 thousand');
  });

  it('is not bright without projections and says why', () => {
    expect(toBrightOutlook(null, null)).toEqual({
      brightOutlook: false,
      brightOutlookReason: 'No BLS projections cover this occupation.',
    });
  });

  it('quotes the all-occupations average it is given', () => {
    expect(toBrightOutlook(1, 1, 3.1).brightOutlookReason).toContain('average is 3.1%');
  });
});
