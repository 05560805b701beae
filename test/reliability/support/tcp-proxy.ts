import { createServer, Socket, type Server } from 'node:net';

/** A TCP proxy the test can cut and restore, standing in for a database that goes away. */
export interface TcpProxy {
  readonly port: number;
  /** Closes the listener and drops every open connection (the database "goes down"). */
  stop(): Promise<void>;
  /** Listens again on the same port (the database "comes back"). */
  start(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1:`port` (0 = any free port) forwarding to `target`. */
export async function startTcpProxy(
  target: { host: string; port: number },
  port = 0,
): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server;
  let boundPort = port;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = new Socket();
        sockets.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        upstream.connect(target.port, target.host, () => {
          client.pipe(upstream).pipe(client);
        });
      });
      server.once('error', reject);
      server.listen(boundPort, '127.0.0.1', () => {
        boundPort = (server.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return boundPort;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
    start: listen,
  };
}
