import type { Command } from 'commander';
import { RIASEC } from '../../core/domain/index.js';
import {
  questionnaireAnswersSchema,
  scoreQuestionnaire,
  type QuestionnaireItem,
  type QuestionnaireScores,
} from '../../app/questionnaire/index.js';
import { AppError } from '../../errors.js';
import { wired, type CliDeps } from '../deps.js';
import { printJson, type CliIo } from '../io.js';
import { parseWith, readJsonFile } from '../parse-input.js';

interface QuestionnaireFlags {
  readonly answers?: string;
  readonly items?: boolean;
  readonly json?: boolean;
}

/** Asks one question in a terminal; null at the end of the input. */
export type AskLine = (question: string) => Promise<string | null>;

const SCALE = '1 strongly dislike, 2 dislike, 3 unsure, 4 like, 5 strongly like';

/** Asks every item in a terminal; Enter skips one, q stops early. */
async function askAll(
  items: readonly QuestionnaireItem[],
  ask: AskLine,
  io: CliIo,
): Promise<Record<string, number>> {
  io.err(
    `How much would you like doing each activity? ${SCALE}.\nEnter skips an item, q stops.\n\n`,
  );
  const answers: Record<string, number> = {};
  for (const [i, item] of items.entries()) {
    for (;;) {
      const line = await ask(`[${i + 1}/${items.length}] ${item.activity} (1–5): `);
      const text = line?.trim().toLowerCase() ?? 'q';
      if (text === 'q') return answers;
      if (text === '') break;
      if (/^[1-5]$/.test(text)) {
        answers[item.id] = Number(text);
        break;
      }
      io.err(`Type a number from 1 to 5 (${SCALE}), Enter to skip or q to stop.\n`);
    }
  }
  return answers;
}

/** The scores as a person reads them: one line per area, strongest first, with a bar. */
export function formatQuestionnaireScores(result: QuestionnaireScores): string {
  if (result.order.length === 0) return 'No answers, so no interests to score.\n';
  const lines = result.order.map((letter) => {
    const score = result.scores[letter]!;
    const name = RIASEC.find((a) => a.letter === letter)!.name;
    const bar = '█'.repeat(Math.round(score * 3)).padEnd(21, '·');
    return `  ${letter}  ${name.padEnd(13)} ${score.toFixed(1)} of 7  ${bar}`;
  });
  const top = result.order.slice(0, 3).join(',');
  return (
    `Your interests (${result.answered} answers), on O*NET's 1–7 scale, strongest first:\n` +
    `${lines.join('\n')}\n\n` +
    `Use them: careers recommend --interests "${top}" (or the six scores in RIASEC order).\n`
  );
}

/** Registers `careers questionnaire`: the 30-item interest questionnaire in a terminal or a file. */
export function registerQuestionnaire(program: Command, deps: CliDeps): void {
  program
    .command('questionnaire')
    .description(
      'Find your RIASEC interests: 30 activities from O*NET to rate 1–5, asked in a terminal, or answers from a file (--answers).',
    )
    .option('--answers <file>', 'JSON answers, {"answers": {"R1": 4, "I1": 2, …}} (see --items)')
    .option('--items', 'list the item ids and activities (to prepare an answers file)')
    .option('--json', 'print the scores as JSON')
    .action(async (flags: QuestionnaireFlags) => {
      const loadQuestionnaire = wired(deps.loadQuestionnaire, 'The questionnaire');
      const items = await loadQuestionnaire();
      if (flags.items) {
        if (flags.json) printJson(deps.io, items);
        else deps.io.out(items.map((i) => `${i.id.padEnd(3)} ${i.activity}\n`).join(''));
        return;
      }
      let answers: Record<string, number>;
      if (flags.answers) {
        const json = await readJsonFile(flags.answers);
        const wrapped = json !== null && typeof json === 'object' && 'answers' in json;
        answers = parseWith(
          questionnaireAnswersSchema,
          wrapped ? json : { answers: json },
          'answers',
        ).answers;
        const unknown = Object.keys(answers).filter((id) => !items.some((i) => i.id === id));
        if (unknown.length > 0) {
          throw new AppError(
            'VALIDATION_FAILED',
            `Unknown questionnaire item(s): ${unknown.join(', ')}. List the items with \`careers questionnaire --items\`.`,
          );
        }
      } else if (deps.askLine) {
        answers = await askAll(items, deps.askLine, deps.io);
      } else {
        throw new AppError(
          'VALIDATION_FAILED',
          'No terminal to ask the questions in: give the answers in a file with --answers FILE ({"answers": {"R1": 4, …}}; `careers questionnaire --items` lists the items).',
        );
      }
      const result = scoreQuestionnaire(items, answers);
      if (flags.json) printJson(deps.io, { ...result, interests: result.order });
      else deps.io.out(formatQuestionnaireScores(result));
    });
}
