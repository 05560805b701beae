import type { RegisterCommand } from '../program.js';
import { registerDataBuild } from './data-build.js';
import { registerDataFetch } from './data-fetch.js';
import { registerCompare } from './compare.js';
import { registerDemo } from './demo.js';
import { registerEval } from './eval.js';
import { registerEvalEstimate } from './eval-estimate.js';
import { registerEvalPeople } from './eval-people.js';
import { registerEvalResume } from './eval-resume.js';
import { registerProfile } from './profile.js';
import { registerPath } from './path.js';
import { registerPathEval } from './path-eval.js';
import { registerEvalFeedback } from './eval-feedback.js';
import { registerEvalRanges } from './eval-ranges.js';
import { registerQuestionnaire } from './questionnaire.js';
import { registerRecommend } from './recommend.js';
import { registerRetrain } from './retrain.js';
import { registerSearch } from './search.js';
import { registerTrain } from './train.js';

/** Every CLI command, in the order `careers --help` lists them. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerDataFetch,
  registerDataBuild,
  registerSearch,
  registerTrain,
  registerQuestionnaire,
  registerProfile,
  registerRecommend,
  registerCompare,
  registerPath,
  registerRetrain,
  registerEval,
  registerEvalEstimate,
  registerEvalPeople,
  registerEvalResume,
  registerPathEval,
  registerEvalFeedback,
  registerEvalRanges,
  registerDemo,
];
