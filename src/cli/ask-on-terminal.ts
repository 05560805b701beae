import { createInterface } from 'node:readline';

/**
 * The terminal's AskLine (`careers questionnaire`): one question on stderr, the answer from
 * stdin; null when the input ends (Ctrl-D).
 */
export function askOnTerminal(question: string): Promise<string | null> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    let answered = false;
    rl.once('close', () => {
      if (!answered) resolve(null);
    });
    rl.question(question, (answer) => {
      answered = true;
      rl.close();
      resolve(answer);
    });
  });
}
