import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileProfile } from '../app/text-profile/index.js';
import type { CareersService } from '../app/service/index.js';
import { AppError } from '../errors.js';

/** Files larger than this are refused before they are read into memory. */
const MAX_RESUME_FILE_BYTES = 10 * 1024 * 1024;

/** Reads a résumé file (.pdf, .docx, .txt, .md) into a text profile through the service. */
export async function readResumeFile(service: CareersService, file: string): Promise<FileProfile> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new AppError(
      'VALIDATION_FAILED',
      `Cannot read ${file}: no such file. Give the path of your résumé (.pdf, .docx, .txt or .md).`,
    );
  }
  if (size > MAX_RESUME_FILE_BYTES) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; a résumé file is at most 10 MB. Save it without pictures, or put its text in a .txt file.`,
      { field: 'file', reason: 'too-large' },
    );
  }
  const bytes = new Uint8Array(await readFile(file));
  return service.profileFromFile(bytes, path.basename(file));
}

/** The lines `careers profile` prints: occupations, skills with their evidence, technologies. */
export function formatTextProfile(p: FileProfile): string {
  const quote = (start: number, end: number) => {
    const s = p.text.slice(start, end).replace(/\s+/g, ' ').trim();
    return s.length > 90 ? `${s.slice(0, 87)}…` : s;
  };
  const lines = ['The text reads most like:'];
  for (const o of p.occupations.slice(0, 5)) {
    lines.push(
      `  ${o.code}  ${o.title}  (score ${o.score.toFixed(2)}${o.share > 0 ? `, ${Math.round(o.share * 100)}% of the profile` : ''})`,
    );
  }
  lines.push('', 'Skills (O*NET level 0–7) and what in your text points to them:');
  for (const s of p.skills) {
    lines.push(`  ${s.name.padEnd(34)} ${s.level.toFixed(1)}${s.named ? '  (you name it)' : ''}`);
    for (const e of p.evidence.filter((x) => x.for === 'skill' && x.name === s.name).slice(0, 1)) {
      lines.push(
        `      “${quote(e.start, e.end)}” ~ ${e.matched.length > 70 ? `${e.matched.slice(0, 67)}…` : e.matched}`,
      );
    }
  }
  if (p.technologies.length > 0) {
    lines.push('', `Technologies you name: ${p.technologies.map((t) => t.name).join(', ')}`);
  }
  if (p.truncated) lines.push('', 'Only the first 20,000 characters of the file were read.');
  lines.push(
    '',
    'Use it: careers recommend --resume FILE, or save --json and pass its "profile" with --profile.',
  );
  return `${lines.join('\n')}\n`;
}
