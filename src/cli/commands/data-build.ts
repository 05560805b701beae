import type { Command } from 'commander';
import { dataSubcommands } from '../command-groups.js';
import { wired, type CliDeps } from '../deps.js';
import { printJson, type CliIo } from '../io.js';

/** One step of compiling the catalog, as the CLI shows it. */
export interface DataBuildProgress {
  readonly step: string;
  readonly detail: string;
  readonly done: number;
  readonly total: number;
}

/** What the command asks the catalog compiler to do. */
export interface DataBuildRequest {
  readonly force: boolean;
  readonly onProgress: (progress: DataBuildProgress) => void;
}

/** What the catalog compiler reports (the JSON output prints all of it). */
export interface DataBuildReport {
  readonly action: 'built' | 'up-to-date';
  readonly path: string;
  readonly bytes: number | null;
  readonly fingerprint: string;
  readonly onetRelease: string;
  readonly blsRelease: string;
  readonly counts: {
    readonly occupations: number;
    readonly rateable: number;
    /** Rateable occupations whose profile is estimated (O*NET describes but does not rate them). */
    readonly estimatedProfiles?: number;
    readonly withWages: number;
    readonly withKnownMedianWage: number;
    readonly withOutlook: number;
    readonly brightOutlook: number;
  };
  readonly elapsedMs: number;
}

/** Port: compiles the catalog into DATA_DIR (adapters/catalog implements it). */
export type BuildDataPort = (request: DataBuildRequest) => Promise<DataBuildReport>;

const n = (value: number): string => value.toLocaleString('en-US');

/** The human summary printed after `careers data build`. */
export function formatBuildSummary(report: DataBuildReport): string {
  const c = report.counts;
  const head =
    report.action === 'built'
      ? `Built the catalog in ${(report.elapsedMs / 1000).toFixed(1)} s → ${report.path}` +
        (report.bytes === null ? '' : ` (${(report.bytes / 1_000_000).toFixed(1)} MB)`)
      : `The catalog is up to date (sources unchanged) → ${report.path}`;
  const lines = [
    head,
    `  ${report.onetRelease}; ${report.blsRelease}`,
    `  ${n(c.occupations)} occupations: ${n(c.rateable)} rateable` +
      (c.estimatedProfiles ? ` (${n(c.estimatedProfiles)} with an estimated profile)` : '') +
      `, ${n(c.withWages)} with wages ` +
      `(${n(c.withKnownMedianWage)} with a median), ${n(c.withOutlook)} with projections, ` +
      `${n(c.brightOutlook)} Bright Outlook`,
    `  source fingerprint ${report.fingerprint}`,
  ];
  if (report.action === 'up-to-date') lines.push('Use --force to rebuild anyway.');
  return `${lines.join('\n')}\n`;
}

/** Shows progress on one rewritten terminal line; prints nothing when output is not a terminal. */
function createBuildProgressPrinter(io: CliIo): {
  update: (progress: DataBuildProgress) => void;
  finish: () => void;
} {
  let shown = false;
  return {
    update(p) {
      if (!io.interactive) return;
      const text = `  ${p.step} ${p.detail} (${Math.min(p.done + 1, p.total)}/${p.total})`;
      io.err(`\r${text.slice(0, 99).padEnd(100)}`);
      shown = true;
    },
    finish() {
      if (shown) io.err(`\r${' '.repeat(100)}\r`);
    },
  };
}

interface DataBuildFlags {
  readonly force?: boolean;
  readonly json?: boolean;
}

/** Registers `careers data build`: compiles the catalog into DATA_DIR when the sources changed. */
export function registerDataBuild(program: Command, deps: CliDeps): void {
  dataSubcommands(program)
    .command('build')
    .description(
      'Compile the O*NET and BLS text files (ONET_DIR, BLS_DIR) into one catalog file under ' +
        'DATA_DIR; skipped when the sources are unchanged.',
    )
    .option('--force', 'rebuild even when the compiled catalog matches the sources')
    .option('--json', 'print the report as JSON')
    .action(async (flags: DataBuildFlags) => {
      const buildData = wired(deps.buildData, 'The catalog compiler');
      const progress = createBuildProgressPrinter(deps.io);
      try {
        const report = await buildData({
          force: Boolean(flags.force),
          onProgress: progress.update,
        });
        progress.finish();
        if (flags.json) printJson(deps.io, report);
        else deps.io.out(formatBuildSummary(report));
      } catch (error) {
        progress.finish();
        throw error;
      }
    });
}
