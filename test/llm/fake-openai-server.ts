import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake server received. */
export interface FakeRequest {
  readonly index: number;
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: ChatBody;
  readonly rawBody: string;
}

/** The chat-completions request body, as far as the tests read it. */
export interface ChatBody {
  readonly model?: string;
  readonly messages?: readonly { role: string; content: string }[];
  readonly response_format?: { type: string };
  readonly [key: string]: unknown;
}

/** What the fake answers: a JSON body (or raw text) after an optional delay. */
export interface FakeReply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  readonly raw?: string;
  readonly delayMs?: number;
}

/** Decides the reply to each request; `index` counts from 0. */
export type FakeScript = (request: FakeRequest) => FakeReply;

/** A running fake OpenAI-compatible server on loopback. */
export interface FakeOpenAi {
  /** `http://127.0.0.1:<port>/v1`, to pass as baseURL. */
  readonly baseUrl: string;
  readonly requests: FakeRequest[];
  /** Most requests being handled at once. */
  peakConcurrent(): number;
  close(): Promise<void>;
}

/** Usage the fake reports with every answer. */
export const FAKE_USAGE = { prompt_tokens: 900, completion_tokens: 300, total_tokens: 1200 };

/** A chat-completions response whose first choice says `content`. */
export function completion(
  content: string | null,
  extra: { finish_reason?: string; refusal?: string | null; model?: string } = {},
): unknown {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: extra.model ?? 'fake-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: extra.refusal ?? null },
        finish_reason: extra.finish_reason ?? 'stop',
        logprobs: null,
      },
    ],
    usage: FAKE_USAGE,
  };
}

/** The `occupations` / `person` data the client put between <facts> tags. */
export function factsOf(body: ChatBody): {
  occupations: {
    code: string;
    title: string;
    rank: number;
    matchPercent: number;
    salary: { medianText: string };
  }[];
  person: Record<string, unknown> | null;
} {
  const user = body.messages?.find((m) => m.role === 'user')?.content ?? '';
  const m = /<facts>\n([\s\S]*)\n<\/facts>/.exec(user);
  if (!m) throw new Error('no <facts> block in the user message');
  return JSON.parse(m[1]!);
}

/** Starts the fake on 127.0.0.1 with an ephemeral port; POST /v1/chat/completions only. */
export async function startFakeOpenAi(script: FakeScript): Promise<FakeOpenAi> {
  const requests: FakeRequest[] = [];
  let active = 0;
  let peak = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
        return;
      }
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const request: FakeRequest = {
        index: requests.length,
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: JSON.parse(rawBody) as ChatBody,
        rawBody,
      };
      requests.push(request);
      active += 1;
      peak = Math.max(peak, active);
      const reply = script(request);
      const send = () => {
        active -= 1;
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, {
          'content-type': 'application/json',
          ...reply.headers,
        });
        res.end(reply.raw ?? JSON.stringify(reply.json ?? {}));
      };
      if (!reply.delayMs) return send();
      const timer = setTimeout(send, reply.delayMs);
      res.on('close', () => {
        if (!res.writableEnded) {
          clearTimeout(timer);
          active -= 1;
        }
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    peakConcurrent: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
