// A static HTTP server for dist/ on 127.0.0.1, with per-test overrides for paths such as config.json.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain",
};

export type Override = (req: IncomingMessage, res: ServerResponse) => void;

export interface StaticServer {
  url: string;
  overrides: Map<string, Override>;
  close(): Promise<void>;
}

/**
 * @param tls a key and certificate: serve https, as every real deployment does (office.js picks some of its own
 *   script URLs' scheme from the page's).
 */
export async function startStaticServer(
  root: string,
  tls?: { key: string; cert: string }
): Promise<StaticServer> {
  const overrides = new Map<string, Override>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] as string);
    const override = overrides.get(path);
    if (override) return override(req, res);
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(res);
  };
  const server: Server = tls ? createTlsServer(tls, handler) : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `${tls ? "https" : "http"}://127.0.0.1:${port}/`,
    overrides,
    // A test may leave a response hanging on purpose (a config.json that never answers): drop those connections.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
