import type {
  About,
  Comparison,
  ErrorResponse,
  FeedbackCreated,
  FeedbackOutcome,
  FileProfile,
  FeedbackRating,
  InferProfileResponse,
  ModelKind,
  OccupationDetail,
  PathwaysResult,
  ProfileInput,
  Questionnaire,
  QuestionnaireScores,
  RecommendationResult,
  Reference,
  TextProfile,
  TitleSearchResponse,
} from './types.js';

/** A failed API call: the API's stable error code and its message (what to do). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function call<T>(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      // A file goes as its bytes; everything else as JSON.
      headers:
        body === undefined
          ? {}
          : {
              'content-type':
                body instanceof Blob ? 'application/octet-stream' : 'application/json',
            },
      body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(
      'NETWORK',
      'The server could not be reached. Check that it is running and try again.',
      0,
    );
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const err = (json as ErrorResponse | null)?.error;
    throw new ApiError(
      err?.code ?? `HTTP_${res.status}`,
      err?.message ?? `The server answered ${res.status}. Try again in a moment.`,
      res.status,
    );
  }
  return json as T;
}

/** The API calls the page makes (same origin; no cookies, no tracking). */
export const api = {
  /** GET /v1/reference. */
  reference: () => call<Reference>('GET', '/v1/reference'),
  /** GET /v1/questionnaire. */
  questionnaire: () => call<Questionnaire>('GET', '/v1/questionnaire'),
  /** GET /v1/about. */
  about: () => call<About>('GET', '/v1/about'),
  /** GET /v1/occupations/search?q=. */
  search: (q: string, signal?: AbortSignal) =>
    call<TitleSearchResponse>(
      'GET',
      `/v1/occupations/search?q=${encodeURIComponent(q)}&limit=8`,
      undefined,
      signal,
    ),
  /** GET /v1/occupations/:code. */
  occupation: (code: string, signal?: AbortSignal) =>
    call<OccupationDetail>('GET', `/v1/occupations/${encodeURIComponent(code)}`, undefined, signal),
  /** POST /v1/profiles/infer. */
  infer: (occupation: string) =>
    call<InferProfileResponse>('POST', '/v1/profiles/infer', { occupation }),
  /** POST /v1/profiles/from-text (the text is not kept by the server). */
  fromText: (text: string) => call<TextProfile>('POST', '/v1/profiles/from-text', { text }),
  /** POST /v1/profiles/from-file?type=: the file's bytes as the body (its name is not sent). */
  fromFile: (file: File) =>
    call<FileProfile>(
      'POST',
      `/v1/profiles/from-file?type=${encodeURIComponent(file.name.split('.').pop()?.toLowerCase() ?? '')}`,
      file,
    ),
  /** POST /v1/questionnaire/score. */
  score: (answers: Readonly<Record<string, number>>, signal?: AbortSignal) =>
    call<QuestionnaireScores>('POST', '/v1/questionnaire/score', { answers }, signal),
  /**
   * POST /v1/recommendations with explanations (reworded by the server's LLM when `llm`), and
   * this visit's "not for me" / "more like this" as `feedback`.
   */
  recommend: (
    profile: ProfileInput,
    model: ModelKind,
    signal?: AbortSignal,
    llm = false,
    feedback: readonly { code: string; rating: 'up' | 'down' }[] = [],
  ) =>
    call<RecommendationResult>(
      'POST',
      '/v1/recommendations',
      {
        profile,
        limit: 10,
        model,
        explain: true,
        ...(llm ? { llm: true } : {}),
        ...(feedback.length ? { feedback } : {}),
      },
      signal,
    ),
  /** POST /v1/pathways: routes from the profile to one career. */
  pathways: (profile: ProfileInput, target: string, signal?: AbortSignal) =>
    call<PathwaysResult>('POST', '/v1/pathways', { profile, target, maxSteps: 2 }, signal),
  /** POST /v1/recommendations/compare. */
  compare: (profile: ProfileInput, signal?: AbortSignal) =>
    call<Comparison>('POST', '/v1/recommendations/compare', { profile, limit: 10 }, signal),
  /** POST /v1/feedback. */
  feedback: (body: {
    profile: ProfileInput;
    code: string;
    rating?: FeedbackRating;
    outcome?: FeedbackOutcome;
    subjectId: string;
  }) => call<FeedbackCreated>('POST', '/v1/feedback', body),
  /** DELETE /v1/feedback/subjects/:subjectId. */
  eraseFeedback: (subjectId: string) =>
    call<{ subjectId: string; deleted: number }>(
      'DELETE',
      `/v1/feedback/subjects/${encodeURIComponent(subjectId)}`,
    ),
};
