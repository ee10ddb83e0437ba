// npm start, npm stop and npm run start:desktop.
//
// On Windows and macOS, start and stop are the generator's `office-addin-debugging start|stop manifest.xml`: dev server
// plus sideloading into Outlook desktop. Outlook can't be sideloaded from Linux (office-addin-debugging says "Platform
// not supported" yet exits 0), so there start runs the dev server for preview mode and stop ends it.
//
// office-addin-debugging is an optionalDependency. Its sideloading goes through the Microsoft 365 Agents Toolkit,
// whose sign-in cache needs the native keytar module; where keytar can neither download a prebuilt binary nor compile
// (Linux without libsecret-1-dev, an offline machine), npm drops that whole subtree instead of failing the install.
// Without it this script still serves the pane and says how to get sideloading back.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pidFile = join(root, "node_modules", ".cache", "outlook-signin-assistant", "dev-server.pid");
const canSideload = process.platform === "win32" || process.platform === "darwin";
const mode = process.argv[2] ?? "start";

function debuggingCli() {
  try {
    return createRequire(join(root, "package.json")).resolve("office-addin-debugging/cli.js");
  } catch {
    return null;
  }
}

const MISSING = [
  "office-addin-debugging is not installed, so Outlook desktop sideloading is unavailable.",
  "npm skips this optional dependency when keytar (the sign-in cache of the Microsoft 365 Agents Toolkit it",
  "sideloads with) can neither download its prebuilt binary nor compile. To get it back:",
  "  - Linux: install libsecret-1-dev (Debian/Ubuntu) or libsecret-devel (Fedora), then run npm ci again.",
  "  - Windows/macOS: let npm reach GitHub for keytar's prebuilt binary (or install the build tools), then npm ci.",
].join("\n");

/** Runs office-addin-debugging with the manifest and exits with its code. */
function runDebugging(cli, command) {
  const child = spawn(process.execPath, [cli, command, "manifest.xml"], { cwd: root, stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

/** `npm run dev-server` in its own process group, so `npm stop` (or Ctrl+C here) ends webpack and not only npm. */
function runDevServer() {
  const npm = process.env.npm_execpath;
  const [cmd, args] = npm ? [process.execPath, [npm, "run", "dev-server"]] : ["npm", ["run", "dev-server"]];
  const posix = process.platform !== "win32";
  const child = spawn(cmd, args, { cwd: root, stdio: "inherit", detached: posix, shell: !npm && !posix });
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, String(child.pid));
  const forward = (signal) => {
    try {
      if (posix) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));
  child.on("exit", (code, signal) => {
    rmSync(pidFile, { force: true });
    process.exit(signal ? 0 : (code ?? 0));
  });
}

function stopDevServer() {
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8"));
  rmSync(pidFile, { force: true });
  try {
    if (process.platform === "win32") spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    else process.kill(-pid, "SIGTERM");
    console.log(`Stopped the dev server (process group ${pid}).`);
  } catch {
    console.log("The dev server had already stopped.");
  }
  return true;
}

const cli = debuggingCli();
if (mode === "desktop") {
  // An explicit request to sideload: without the tool that is an error, not a fallback.
  if (!cli) {
    console.error(MISSING);
    process.exit(1);
  }
  runDebugging(cli, "start");
} else if (mode === "stop") {
  const stoppedOurs = stopDevServer();
  if (canSideload && cli) runDebugging(cli, "stop");
  else if (!stoppedOurs) console.log("Nothing to stop: no dev server started by npm start is running.");
} else if (canSideload && cli) {
  runDebugging(cli, "start");
} else {
  console.log(
    [
      ...(canSideload ? [MISSING, ""] : ["Outlook desktop can't be sideloaded from this platform."]),
      "Starting the dev server: open https://localhost:3000/taskpane.html for preview mode,",
      "or sideload manifest.xml in Outlook on the web (Get Add-ins > My add-ins > Add a custom add-in).",
      "npm stop (or Ctrl+C) ends it.",
      "",
    ].join("\n")
  );
  runDevServer();
}
