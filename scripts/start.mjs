// npm start: on Windows and macOS, the generator's `office-addin-debugging start manifest.xml` (dev server +
// sideload into Outlook desktop). Outlook can't be sideloaded from Linux (office-addin-debugging says "Platform not
// supported" yet exits 0), so there it starts the dev server and points at preview mode instead.
import { spawn } from "node:child_process";

const bin = (name) => (process.platform === "win32" ? `${name}.cmd` : name);
const run = (cmd, args) => {
  const child = spawn(bin(cmd), args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
};

if (process.platform === "win32" || process.platform === "darwin") {
  run("npx", ["office-addin-debugging", "start", "manifest.xml"]);
} else {
  console.log(
    [
      "Outlook desktop can't be sideloaded from this platform.",
      "Starting the dev server: open https://localhost:3000/taskpane.html for preview mode,",
      "or sideload manifest.xml in Outlook on the web (Get Add-ins > My add-ins > Add a custom add-in).",
      "",
    ].join("\n")
  );
  run("npm", ["run", "dev-server"]);
}
