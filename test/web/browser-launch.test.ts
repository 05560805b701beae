import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';

describe('launchBrowser', () => {
  it('fails, saying how to install Chromium, when the browser is missing (the tests never skip)', async () => {
    await expect(
      launchBrowser({ width: 390, height: 844 }, '/nonexistent/chromium'),
    ).rejects.toThrow(/missing\. Install it with `apt-get install chromium`/);
  });
});
