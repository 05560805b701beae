import type { Command } from 'commander';
import { profileInputSchema, type ProfileInput } from '../app/profile/index.js';
import { SKILL_RATINGS, parseSkillRating } from '../core/domain/index.js';
import { AppError } from '../errors.js';
import { parseWith, readJsonFile } from './parse-input.js';

/** Profile flags shared by `recommend` and `compare`. */
export interface ProfileFlags {
  readonly profile?: string;
  readonly skills?: string;
  readonly interests?: string;
  readonly values?: string;
  readonly current?: string;
  readonly minSalary?: string;
  readonly maxJobZone?: string;
  readonly fields?: string;
  readonly exclude?: string;
  readonly brightOnly?: boolean;
}

/** Adds the profile flags to a command. */
export function addProfileFlags(command: Command): Command {
  return command
    .option('--profile <file>', 'profile JSON file (the same shape as the API body\'s "profile")')
    .option(
      '--skills <list>',
      'comma-separated skills, e.g. "Writing:4,Speaking,coding:advanced"; a level is 1–5 or its word (1 basic, 2 developing, 3 proficient, 4 advanced, 5 expert)',
    )
    .option(
      '--interests <list>',
      'RIASEC letters or names in order of preference, e.g. "E,I"; or six scores in RIASEC order (1–7, or Interest Profiler raw scores 0–40)',
    )
    .option('--values <list>', 'work values in order, e.g. "Achievement,Recognition"')
    .option(
      '--current <job>',
      'your current job title or O*NET-SOC code (fills in what you already know)',
    )
    .option('--min-salary <usd>', 'salary floor in USD per year')
    .option('--max-job-zone <1-5>', 'highest O*NET Job Zone (preparation) you will consider')
    .option('--fields <list>', 'SOC major groups to target, e.g. "15,13"')
    .option('--exclude <list>', 'O*NET-SOC codes to leave out')
    .option('--bright-only', 'only occupations with a Bright Outlook');
}

const list = (s: string | undefined) =>
  s === undefined
    ? undefined
    : s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);

const number = (s: string | undefined, flag: string) => {
  if (s === undefined) return undefined;
  const n = Number(s.replace(/[$,_\s]/g, ''));
  if (!Number.isFinite(n))
    throw new AppError('VALIDATION_FAILED', `${flag} must be a number, got "${s}".`);
  return n;
};

/** Six numbers are scores in RIASEC order; anything else is names in order of preference. */
function namesOrScores(items: string[] | undefined): string[] | number[] | undefined {
  if (items === undefined || !items.every((x) => /^\d+(\.\d+)?$/.test(x))) return items;
  if (items.length !== 6) {
    throw new AppError(
      'VALIDATION_FAILED',
      `--interests as scores takes six numbers in RIASEC order (Realistic, Investigative, Artistic, Social, Enterprising, Conventional), got ${items.length}. Or give letters in order of preference, e.g. "S,I".`,
    );
  }
  return items.map(Number);
}

/**
 * `Name` or `Name:level`, the level on the skill scale a person reads everywhere (1–5 or its
 * word); O*NET's raw 0–7 level stays available in a --profile file (`"level"`).
 */
function skillFromFlag(item: string): string | { name: string; rating: number } {
  const colon = item.lastIndexOf(':');
  if (colon < 0) return item;
  const name = item.slice(0, colon).trim();
  const level = item.slice(colon + 1).trim();
  const rating = parseSkillRating(level);
  if (rating === undefined) {
    throw new AppError(
      'VALIDATION_FAILED',
      `--skills: "${item}" has the level "${level}"; give ${describeSkillScale()}, e.g. "${name || 'Writing'}:4" or "${name || 'Writing'}:advanced". O*NET's raw 0–7 level goes in a --profile file as {"name": "${name || 'Writing'}", "level": 5.5}.`,
    );
  }
  return { name, rating };
}

/** "1 basic, 2 developing, 3 proficient, 4 advanced or 5 expert". */
function describeSkillScale(): string {
  const steps = SKILL_RATINGS.map((s) => `${s.rating} ${s.label}`);
  return `${steps.slice(0, -1).join(', ')} or ${steps[steps.length - 1]}`;
}

/** `{constraints}` from the constraint flags, or `{}` when none is given. */
export function readConstraintFlags(flags: ProfileFlags): Pick<ProfileInput, 'constraints'> {
  const constraints = toConstraints(flags);
  return Object.values(constraints).some((v) => v !== undefined) ? { constraints } : {};
}

function toConstraints(flags: ProfileFlags) {
  return {
    minSalaryUsd: number(flags.minSalary, '--min-salary'),
    maxJobZone: number(flags.maxJobZone, '--max-job-zone'),
    socMajorGroups: list(flags.fields),
    excludeCodes: list(flags.exclude),
    brightOutlookOnly: flags.brightOnly ? true : undefined,
  };
}

/** Builds and validates the profile from `--profile FILE` or the individual flags. */
export async function readProfileFlags(flags: ProfileFlags): Promise<ProfileInput> {
  if (flags.profile) {
    return parseWith(profileInputSchema, await readJsonFile(flags.profile), 'profile');
  }
  const constraints = toConstraints(flags);
  const hasConstraints = Object.values(constraints).some((v) => v !== undefined);
  const input = {
    skills: list(flags.skills)?.map(skillFromFlag),
    interests: namesOrScores(list(flags.interests)),
    values: list(flags.values),
    currentOccupation: flags.current,
    constraints: hasConstraints ? constraints : undefined,
  };
  const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (Object.keys(clean).length === 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Describe yourself: give --skills, --interests, --values or --current (or --profile FILE). Example: careers recommend --skills "Writing,Speaking" --interests "E,I"',
    );
  }
  return parseWith(profileInputSchema, clean, 'profile');
}
