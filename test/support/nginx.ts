// A real nginx (Debian's package) serving a built site with the shipped deploy/nginx/signin-assistant.conf, on
// 127.0.0.1 and a free port, as an unprivileged foreground process with everything under a temporary prefix.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SHIPPED_CONF = join(__dirname, "../../deploy/nginx/signin-assistant.conf");

/** NGINX_PATH, Debian's /usr/sbin/nginx, or nginx on PATH; null when there is none. */
export function findNginx(): string | null {
  const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx"].filter(Boolean) as string[];
  for (const c of candidates) if (existsSync(c)) return c;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface NginxSite {
  /** e.g. http://127.0.0.1:41234/signin-assistant/ */
  url: string;
  /** The shipped snippet as served: only its root line changed, as the admin changes it. */
  conf: string;
  stop(): Promise<void>;
}

/**
 * Serves `site` (a built dist folder) at /signin-assistant/ through the shipped configuration, plus `extraFiles`
 * (config.json, say) that the admin would upload next to it.
 */
export async function startNginx(
  nginx: string,
  site: string,
  extraFiles: Record<string, string> = {}
): Promise<NginxSite> {
  const prefix = mkdtempSync(join(tmpdir(), "nginx-e2e-"));
  const served = join(prefix, "www", "signin-assistant");
  mkdirSync(served, { recursive: true });
  mkdirSync(join(prefix, "tmp"));
  for (const name of readdirSync(site)) symlinkSync(join(site, name), join(served, name));
  for (const [name, body] of Object.entries(extraFiles)) writeFileSync(join(served, name), body);

  const shipped = readFileSync(SHIPPED_CONF, "utf8");
  const rootLine = /^(\s*)root \/var\/www;(\s*# EDIT:.*)$/m;
  if (!rootLine.test(shipped) || !shipped.includes("location /signin-assistant/ {"))
    throw new Error("deploy/nginx/signin-assistant.conf no longer has the lines the test edits");
  const conf = shipped.replace(rootLine, `$1root ${join(prefix, "www")};$2`);
  writeFileSync(join(prefix, "site.conf"), conf);

  const mimeTypes = ["/etc/nginx/mime.types", join(nginx, "../../conf/mime.types")].find((f) =>
    existsSync(f)
  );
  if (!mimeTypes) throw new Error("nginx's mime.types not found");
  const tmp = join(prefix, "tmp");

  let lastError = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    writeFileSync(
      join(prefix, "nginx.conf"),
      [
        // One foreground process as the current user: no privileges needed, nothing left behind.
        "master_process off;",
        `pid ${join(prefix, "nginx.pid")};`,
        `error_log ${join(prefix, "error.log")} warn;`,
        "events { worker_connections 64; }",
        "http {",
        `  include ${mimeTypes};`,
        "  access_log off;",
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
          (t) => `  ${t}_temp_path ${tmp};`
        ),
        "  server {",
        `    listen 127.0.0.1:${port};`,
        `    include ${join(prefix, "site.conf")};`,
        "  }",
        "}",
        "",
      ].join("\n")
    );
    const child: ChildProcess = spawn(
      nginx,
      ["-e", "stderr", "-p", prefix, "-c", join(prefix, "nginx.conf"), "-g", "daemon off;"],
      { stdio: ["ignore", "ignore", "pipe"] }
    );
    let stderr = "";
    child.stderr?.on("data", (d) => (stderr += String(d)));
    const url = `http://127.0.0.1:${port}/signin-assistant/`;
    const up = await waitForHttp(url, child, 10000);
    if (up) {
      return {
        url,
        conf,
        stop: () =>
          new Promise<void>((resolve) => {
            child.once("exit", () => {
              rmSync(prefix, { recursive: true, force: true });
              resolve();
            });
            child.kill("SIGQUIT");
          }),
      };
    }
    child.kill("SIGKILL");
    lastError = stderr || readLog(join(prefix, "error.log"));
  }
  rmSync(prefix, { recursive: true, force: true });
  throw new Error(`nginx did not start:\n${lastError}`);
}

function readLog(file: string): string {
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

async function waitForHttp(url: string, child: ChildProcess, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) return false;
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return false;
}
