// jest globalTeardown for the browser tests: after every suite has run, dist/ must still be what
// scripts/build-for-e2e.mjs recorded before building dist-e2e/.
const { readFileSync } = require("node:fs");
const { fingerprint, FINGERPRINT_FILE } = require("../../scripts/dist-fingerprint.js");

module.exports = async function distUntouched() {
  const recorded = JSON.parse(readFileSync(FINGERPRINT_FILE, "utf8")).dist;
  if (JSON.stringify(fingerprint()) !== JSON.stringify(recorded))
    throw new Error(
      "dist/ changed while the browser tests ran; they must only use dist-e2e/ (see scripts/build-for-e2e.mjs)"
    );
};
