import type { TextMatch } from '../../core/text-profile/index.js';
import { AppError } from '../../errors.js';

/** Why a text cannot be read into a profile (in `details.reason` of the 400 answer). */
export type UnreadableReason = 'empty' | 'stop-words' | 'other-language' | 'no-match';

const unreadable = (reason: UnreadableReason, message: string) =>
  new AppError('VALIDATION_FAILED', message, { field: 'text', reason });

/**
 * Refuses a text that cannot say anything about work: empty, only common words, most likely not
 * English (few English function words and most words unknown to O*NET), or matching nothing.
 */
export function checkReadable(text: string, match: TextMatch): void {
  if (text.trim().length === 0) {
    throw unreadable(
      'empty',
      'The text is empty. Paste your résumé or write a few sentences about what you do at work.',
    );
  }
  if (match.contentWords === 0) {
    throw unreadable(
      'stop-words',
      'The text has only common words ("the", "and", "I" …). Say what you do: tasks, job titles, tools you use.',
    );
  }
  if (match.contentWords >= 4 && match.knownShare < 0.5 && match.englishShare < 0.12) {
    throw unreadable(
      'other-language',
      'The text does not look like English, and O*NET (the data behind the matching) is in English. Paste an English résumé or describe your work in English.',
    );
  }
  if (match.occupations.length === 0) {
    throw unreadable(
      'no-match',
      'Nothing in the text matched what O*NET says people do at work. Add what you did in your jobs (tasks, job titles, tools), one per line.',
    );
  }
}
