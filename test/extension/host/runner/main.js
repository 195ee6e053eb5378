// Loads the bundled host suite named by WIRE_HOST_TEST_SUITE once VS Code has
// started, runs it, and writes the outcome as JSON to WIRE_HOST_TEST_RESULT.
// Does nothing without those variables (run-in-code-server.mjs sets them).
const fs = require('fs');

exports.activate = async function activate() {
  const suite = process.env.WIRE_HOST_TEST_SUITE;
  const out = process.env.WIRE_HOST_TEST_RESULT;
  if (!suite || !out) return;
  let outcome;
  try {
    outcome = { ok: true, ...(await require(suite).run()) };
  } catch (error) {
    outcome = { ok: false, error: String((error && error.stack) || error), ...((error && error.result) || {}) };
  }
  fs.writeFileSync(out, JSON.stringify(outcome, null, 1));
};
