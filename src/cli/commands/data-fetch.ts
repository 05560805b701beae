import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import path from 'node:path';
import { dataSubcommands } from '../command-groups.js';
import { wired, type CliDeps } from '../deps.js';
import { printJson, type CliIo } from '../io.js';

/** Progress of a data fetch, as the CLI shows it. */
export type DataFetchProgress =
  | { readonly type: 'start'; readonly label: string; readonly url: string }
  | {
      readonly type: 'download';
      readonly receivedBytes: number;
      readonly totalBytes: number | undefined;
    }
  | { readonly type: 'step'; readonly message: string }
  | { readonly type: 'skip'; readonly label: string; readonly dir: string }
  | { readonly type: 'done'; readonly files: number };

/** What the command asks the data fetcher to do. */
export interface DataFetchRequest {
  readonly onetDir: string;
  readonly blsDir: string;
  readonly force: boolean;
  readonly onProgress: (event: DataFetchProgress) => void;
}

/** The part of the fetch outcome the command prints (the JSON output carries all of it). */
export interface DataFetchResult {
  readonly datasets: readonly {
    readonly label: string;
    readonly status: 'fetched' | 'skipped';
    readonly dir: string;
    readonly files: readonly { readonly reference: 'match' | 'mismatch' | 'none' }[];
  }[];
  readonly warnings: readonly string[];
  readonly notes: readonly string[];
}

/** Port: downloads the official releases into the two folders (adapters/fetch implements it). */
export type FetchDataPort = (request: DataFetchRequest) => Promise<DataFetchResult>;

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

/** Draws a cli-progress bar on a terminal; cli-progress needs a stream, so wrap `io.err`. */
function createBar(io: CliIo, known: boolean): SingleBar {
  const stream = {
    isTTY: true,
    columns: 100,
    write(chunk: string, callback?: () => void) {
      io.err(chunk);
      callback?.();
      return true;
    },
  };
  return new SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: known
        ? '  {bar} {percentage}% | {received} of {total_mb} MB'
        : '  {received} MB received',
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
}

/** Prints fetch progress; `close` stops a bar left running by a failure. */
export interface ProgressPrinter {
  readonly onProgress: (event: DataFetchProgress) => void;
  readonly close: () => void;
}

/** Turns progress events into a progress bar (terminal) or plain lines (logs, pipes). */
export function createProgressPrinter(io: CliIo): ProgressPrinter {
  let bar: SingleBar | undefined;
  let nextPlainMark = 0;
  const stopBar = () => {
    bar?.stop();
    bar = undefined;
  };
  const onProgress = (event: DataFetchProgress): void => {
    switch (event.type) {
      case 'start':
        stopBar();
        nextPlainMark = 0;
        io.err(`Downloading ${event.label}\n  from ${event.url}\n`);
        return;
      case 'download': {
        const { receivedBytes: got, totalBytes: total } = event;
        if (io.interactive) {
          if (!bar) {
            bar = createBar(io, total !== undefined);
            bar.start(total ?? 1, 0, { received: '0.0', total_mb: megabytes(total ?? 0) });
          }
          bar.update(total === undefined ? 0 : got, { received: megabytes(got) });
          return;
        }
        // Plain lines every 10 % (or every 5 MB when the size is unknown).
        const mark = total ? Math.floor((got / total) * 10) : Math.floor(got / 5_000_000);
        if (mark >= nextPlainMark) {
          nextPlainMark = mark + 1;
          const done = total ? `${mark * 10}% (${megabytes(got)} of ${megabytes(total)} MB)` : '';
          io.err(`  ${done || `${megabytes(got)} MB received`}\n`);
        }
        return;
      }
      case 'step':
        stopBar();
        io.err(`  ${event.message}\n`);
        return;
      case 'skip':
        io.err(`${event.label}: present and verified in ${event.dir}, skipped\n`);
        return;
      case 'done':
        stopBar();
        io.err(`  done: ${event.files} file(s) written\n`);
        return;
    }
  };
  return { onProgress, close: stopBar };
}

/** The human summary printed after a fetch. */
export function formatFetchSummary(result: DataFetchResult): string {
  const lines = result.datasets.map((d) => {
    const count = (kind: string) => d.files.filter((f) => f.reference === kind).length;
    const status = d.status === 'skipped' ? 'already present, skipped' : 'fetched';
    const checks = `${count('match')} match, ${count('mismatch')} differ, ${count('none')} not listed`;
    return `${d.label}: ${status} → ${d.dir} (${d.files.length} file(s); README checksums: ${checks})`;
  });
  if (result.warnings.length > 0) {
    lines.push('', 'Warnings:', ...result.warnings.map((w) => `  ! ${w}`));
  }
  if (result.notes.length > 0) {
    lines.push('', 'Notes (expected differences):', ...result.notes.map((n) => `  - ${n}`));
  }
  if (result.datasets.some((d) => d.status === 'skipped')) {
    lines.push('', 'Use --force to download present files again.');
  }
  return `${lines.join('\n')}\n`;
}

interface DataFetchFlags {
  readonly onetDir?: string;
  readonly blsDir?: string;
  readonly force?: boolean;
  readonly json?: boolean;
}

/** Registers `careers data fetch`: downloads the official O*NET and BLS releases. */
export function registerDataFetch(program: Command, deps: CliDeps): void {
  dataSubcommands(program)
    .command('fetch')
    .description(
      'Download the official O*NET 30.1 text release and the BLS 2024 tables into ONET_DIR and ' +
        'BLS_DIR, with checksums in MANIFEST.json.',
    )
    .option('--onet-dir <dir>', 'folder for the O*NET .txt files (default: ONET_DIR)')
    .option('--bls-dir <dir>', 'folder for the BLS .tsv files (default: BLS_DIR)')
    .option('--force', 'download again even when the files are present and verified')
    .option('--json', 'print the report as JSON')
    .action(async (flags: DataFetchFlags) => {
      const fetchData = wired(deps.fetchData, 'The data fetcher');
      const printer = createProgressPrinter(deps.io);
      const result = await fetchData({
        onetDir: path.resolve(flags.onetDir ?? deps.config.onetDir),
        blsDir: path.resolve(flags.blsDir ?? deps.config.blsDir),
        force: Boolean(flags.force),
        onProgress: printer.onProgress,
      }).finally(printer.close);
      if (flags.json) printJson(deps.io, result);
      else deps.io.out(formatFetchSummary(result));
    });
}
