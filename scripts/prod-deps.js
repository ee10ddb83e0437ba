// The production dependency set (name@version) from package-lock.json: what the audit snapshot must cover.
// Optional packages are left out: the only root optionalDependency is office-addin-debugging (desktop sideloading,
// a developer tool npm may drop where keytar can't build), and nothing optional is bundled into dist/.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

function productionDependencies(root = join(__dirname, "..")) {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  return Object.entries(lock.packages)
    .filter(([path, p]) => path.startsWith("node_modules/") && !p.dev && !p.devOptional && !p.optional)
    .map(([path, p]) => `${path.replace(/^.*node_modules\//, "")}@${p.version}`)
    .sort();
}

module.exports = { productionDependencies };
