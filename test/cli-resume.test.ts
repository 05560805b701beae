import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from './support/catalog.js';
import { makeDocx, makePdf } from './support/documents.js';

const REPO = path.resolve(import.meta.dirname, '..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'cli-resume-e2e-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const careers = (...args: string[]) =>
  promisify(execFile)('npx', ['tsx', 'src/main/cli.ts', ...args], {
    cwd: REPO,
    env: {
      ...process.env,
      ONET_DIR: SHARED_ONET_DIR,
      BLS_DIR: SHARED_BLS_DIR,
      DATA_DIR: temp,
    },
  });

const LINES = [
  'Registered Nurse (RN), City Hospital, 6 years',
  '- Administered medications and monitored patient vital signs',
  '- Taught families about discharge care',
];
const file = (name: string, bytes: Uint8Array | string) => {
  const p = path.join(temp, name);
  writeFileSync(p, bytes);
  return p;
};

describe('careers profile --from-text and recommend --resume (real process and data)', () => {
  it('reads a .docx résumé into a profile with evidence pointing into the text it read', async () => {
    const { stdout } = await careers(
      'profile',
      '--from-text',
      file('cv.docx', makeDocx(LINES)),
      '--json',
    );
    const body = JSON.parse(stdout) as {
      profile: { currentOccupation: string };
      text: string;
      evidence: { start: number; end: number; matchedKind: string }[];
    };
    expect(body.profile.currentOccupation).toBe('29-1141.00');
    const title = body.evidence.find((e) => e.matchedKind === 'title')!;
    expect(body.text.slice(title.start, title.end)).toMatch(/Registered Nurse/);
  }, 120_000);

  it('ranks careers from a résumé file', async () => {
    const { stdout } = await careers(
      'recommend',
      '--resume',
      file('cv.txt', LINES.join('\n')),
      '--model',
      'baseline',
      '-n',
      '3',
      '--json',
    );
    const body = JSON.parse(stdout) as { recommendations: unknown[] };
    expect(body.recommendations).toHaveLength(3);
  }, 120_000);

  it('exits 1 saying what to do for a scanned PDF', async () => {
    const failure = await careers('profile', '--from-text', file('scan.pdf', makePdf([]))).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/VALIDATION_FAILED.*no text layer/s);
  }, 120_000);
});
