import { describe, expect, it } from 'vitest';
import { encodeShareHash } from '../../web/src/state/persistence.js';
import { INITIAL_STATE, parseWebState } from '../../web/src/state/web-state.js';
import { launchBrowser, screenshot, seriousAxeViolations } from './support/browser.js';
import { useWebServer } from './support/web-server.js';

const DESKTOP = { width: 1280, height: 900 };

const server = useWebServer();

const STATE = {
  ...INITIAL_STATE,
  step: 'results' as const,
  interestMode: 'letters' as const,
  letters: ['I' as const, 'C' as const],
  skills: { Programming: 4, Mathematics: 4 },
};

describe('the web page, learning within a visit', () => {
  it('re-ranks the list at once on "not for me", says so, and carries it in the share link', async () => {
    const b = await launchBrowser(DESKTOP);
    try {
      await b.page.goto(server().url + '/' + encodeShareHash(STATE));
      await b.page.waitForSelector('.cards .card');
      const order = () => b.page.$$eval('.cards > li', (els) => els.map((e) => e.dataset.code));
      const before = await order();
      const first = before[0]!;
      await b.page.click('.cards > li:first-child [data-visit="down"]');
      // A new list has arrived (not the loading state in between) with another first card.
      await b.page.waitForFunction((code) => {
        const top = document.querySelector('.cards > li:first-child')?.getAttribute('data-code');
        return top != null && top !== code && !document.querySelector('.loading');
      }, first);
      const after = await order();
      expect(after).not.toEqual(before);
      expect(after[0]).not.toBe(first);
      expect(after.indexOf(first) === -1 || after.indexOf(first) > 0).toBe(true);
      // The page says what happened, on the list and on the cards that moved.
      expect(await b.page.textContent('.visit-summary')).toMatch(
        /Re-ranked for this visit: .+ and the occupations most like it moved down/,
      );
      // A card it moved says why (those most like it, or the card itself if still shown).
      const notes = await b.page.$$eval('.cards > li', (els) =>
        els.map((e) => [e.dataset.code, e.querySelector('.visit-note')?.textContent ?? '']),
      );
      for (const [code, note] of notes) {
        if (code === first) expect(note).toBe('You said this is not for you.');
        else if (note)
          expect(note).toMatch(/^Moved down: it is like .+, which you said is not for you\.$/);
      }
      expect(await seriousAxeViolations(b.page)).toEqual([]);
      await screenshot(b.page, 'desktop-visit-not-for-me');

      // The share link carries the reaction: another browser opens the same re-ranked list.
      const link = await b.page.inputValue('#share-link');
      expect(parseWebState(JSON.parse(atobUrl(link.split('#p=')[1]!))).visit).toEqual({
        [first]: 'down',
      });
      const other = await launchBrowser(DESKTOP);
      try {
        await other.page.goto(link);
        await other.page.waitForSelector('.cards .card');
        expect(
          await other.page.$$eval('.cards > li', (els) => els.map((e) => e.dataset.code)),
        ).toEqual(after);
      } finally {
        await other.close();
      }

      // "Undo" takes the reaction back: the first list returns.
      await b.page.click('.visit-summary button');
      await b.page.waitForFunction(
        (code) =>
          document.querySelector('.cards > li:first-child')?.getAttribute('data-code') === code,
        first,
      );
      expect(await order()).toEqual(before);

      // "More like this" on the fifth card lifts it.
      const fifth = before[4]!;
      await b.page.click(`.cards > li[data-code="${fifth}"] [data-visit="up"]`);
      await b.page.waitForSelector('.visit-summary');
      await b.page.waitForFunction((code) => {
        const codes = Array.from(document.querySelectorAll('.cards > li')).map((e) =>
          e.getAttribute('data-code'),
        );
        return codes.indexOf(code) >= 0 && codes.indexOf(code) < 4;
      }, fifth);
      expect(await b.page.textContent(`.cards > li[data-code="${fifth}"] .visit-note`)).toBe(
        'You asked for more like this.',
      );
      expect(
        await b.page.getAttribute(
          `.cards > li[data-code="${fifth}"] [data-visit="up"]`,
          'aria-pressed',
        ),
      ).toBe('true');
    } finally {
      await b.close();
    }
  }, 300_000);
});

function atobUrl(b64url: string): string {
  const bin = atob(b64url.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}
