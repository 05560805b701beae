/**
 * The load generator of the HTTP benchmark, run in its own process so it does not share the
 * server's event loop: autocannon against one URL, cycling through the given JSON bodies (one
 * per request, in order) or sending GETs when there are none. Reads its settings as JSON on
 * stdin and prints autocannon's result as JSON.
 */
import { createRequire } from 'node:module';
import { text } from 'node:stream/consumers';
import { cyclingPosts } from './profile-pool.js';

interface LoadSettings {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly bodies?: readonly unknown[];
}

type Cannon = (opts: Record<string, unknown>) => Promise<unknown>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const settings = JSON.parse(await text(process.stdin)) as LoadSettings;
const bodies = (settings.bodies ?? []).map((b) => JSON.stringify(b));
const result = await autocannon({
  url: settings.url,
  connections: settings.connections,
  duration: settings.seconds,
  ...(bodies.length > 0 ? cyclingPosts(bodies) : {}),
});
process.stdout.write(JSON.stringify(result));
