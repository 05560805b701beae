import {
  fileProfileSchema,
  fromFileQuerySchema,
  fromTextRequestSchema,
  textProfileSchema,
} from '../../app/text-profile/index.js';
import { errorResponses } from '../schemas/index.js';
import type { RouteContext, ZodApp } from './route-context.js';

/** Room for 20,000 characters even when every one is JSON-escaped (\uXXXX). */
const FROM_TEXT_BODY_LIMIT_BYTES = 160 * 1024;

/** POST /v1/profiles/from-text: a résumé or a few sentences → a profile with evidence. */
export function registerProfileRoutes(app: ZodApp, ctx: RouteContext): void {
  registerProfileFileRoute(app, ctx);
  app.post(
    '/v1/profiles/from-text',
    {
      bodyLimit: FROM_TEXT_BODY_LIMIT_BYTES,
      schema: {
        tags: ['profiles'],
        summary: 'Read a résumé or a few sentences into a profile',
        description:
          'Matches the text (up to 20,000 characters: a résumé, a self-description or a job ad the person liked) against O*NET task statements, titles and technologies, and answers a `profile` that POST /v1/recommendations accepts as it is (the best-matching occupation as `currentOccupation`, the most important skills of the best matches with levels, interests), the `occupations` the text most likely describes, and the `evidence`: for each occupation, skill, interest and technology, the character offsets of the text that support it and the O*NET statement, title or technology they matched. The text is neither stored nor logged. An empty text, only common words, a text not in English or one that matches nothing answer 400 VALIDATION_FAILED with `details.reason`.',
        body: fromTextRequestSchema,
        response: { 200: textProfileSchema, ...errorResponses(400, 413, 415, 429, 503) },
      },
    },
    (request) => ctx.service().profileFromText(request.body),
  );
}

/** Largest résumé file accepted (bigger answers 413 before it is read). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const FILE_TYPES = [
  'application/octet-stream',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
];

/** POST /v1/profiles/from-file?type=pdf: the file's bytes as the body. */
export function registerProfileFileRoute(app: ZodApp, ctx: RouteContext): void {
  void app.register(async (scope: ZodApp) => {
    // Only this route takes raw bytes; everywhere else the API speaks JSON.
    scope.addContentTypeParser(
      FILE_TYPES,
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/v1/profiles/from-file',
      {
        bodyLimit: MAX_UPLOAD_BYTES,
        schema: {
          tags: ['profiles'],
          summary: 'Read a résumé file into a profile',
          description:
            'The body is the file itself (.pdf, .docx, .txt or .md, at most 10 MB; `type` is its extension, and only that: the file name, which often holds the person’s name, is not sent). The file is parsed in a worker thread with page, size, memory and time limits, and its text is read as POST /v1/profiles/from-text reads a text; the answer adds that `text` (the evidence offsets point into it) and `truncated` (only the first 20,000 characters were read). Nothing is kept. An empty, binary or unsupported file, a scanned PDF without text, a zip-bomb .docx or a file that takes too long answer 400 VALIDATION_FAILED with `details.reason`; a file over 10 MB answers 413.',
          querystring: fromFileQuerySchema,
          response: { 200: fileProfileSchema, ...errorResponses(400, 413, 415, 429, 503) },
        },
      },
      (request) =>
        ctx
          .service()
          .profileFromFile(new Uint8Array(request.body as Buffer), `résumé.${request.query.type}`),
    );
  });
}
