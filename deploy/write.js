/* eslint-disable no-undef */
// npm run deploy:configs: writes the committed server configurations under deploy/ from policy.js and csp.js.
// test/unit/deployConfigs.test.ts fails when a committed copy differs from what this would write.
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { committedConfigs } = require("./files");

for (const [file, text] of Object.entries(committedConfigs())) {
  writeFileSync(join(__dirname, file), text);
  console.log(`wrote deploy/${file}`);
}
