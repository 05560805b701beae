import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, which the browser tests drive. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where every step's screenshot is saved (git-ignored; CI lists the files). */
export const SCREENSHOT_DIR = path.resolve(
  import.meta.dirname,
  '../../../test-results/screenshots',
);

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A browser context with its own fresh user-data dir. */
export interface FreshBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Launches Chromium headless with a fresh user-data dir. Fails (never skips) when Chromium is
 * not installed, saying how to install it.
 */
export async function launchBrowser(
  viewport: { width: number; height: number },
  executablePath = CHROMIUM,
): Promise<FreshBrowser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `The browser tests need Chromium at ${executablePath}, which is missing. Install it with \`apt-get install chromium\` (Debian; scripts/install-system-deps.sh does it) and run the tests again.`,
    );
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'careers-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport,
    acceptDownloads: true,
    // axe-core is injected as an inline script, which the page's CSP (script-src 'self') forbids.
    bypassCSP: true,
    reducedMotion: 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
export async function tabTo(
  page: Page,
  selector: string,
  { max = 300, back = false }: { max?: number; back?: boolean } = {},
): Promise<void> {
  for (let i = 0; i <= max; i++) {
    const here = await page.evaluate(
      (sel) => document.activeElement?.matches(sel) ?? false,
      selector,
    );
    if (here) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `keyboard: "${selector}" was not reached with ${max} ${back ? 'Shift+' : ''}Tab presses`,
  );
}

/** The focused element's id, text, name and aria-label, for assertions and messages. */
export function focused(
  page: Page,
): Promise<{ id: string; text: string; name: string | null; label: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? '',
      text: el?.textContent?.trim() ?? '',
      name: el?.getAttribute('name') ?? null,
      label: el?.getAttribute('aria-label') ?? null,
    };
  });
}

/** One axe-core violation, trimmed to what a failure message needs. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // A phone-width results page is ~17,000 px tall; on a loaded machine that takes a while.
  await page.screenshot({ path: file, fullPage, animations: 'disabled', timeout: 120_000 });
  return file;
}

/** The screenshots saved so far, for the log. */
export function listScreenshots(): string[] {
  return existsSync(SCREENSHOT_DIR) ? readdirSync(SCREENSHOT_DIR).sort() : [];
}
