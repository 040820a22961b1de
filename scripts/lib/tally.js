// Adds up the Jest JSON summaries of every stage into one closing line,
// "N passed, N failed", so CI can read the whole run at a glance.
const fs = require('node:fs');
const path = require('node:path');

const dir = process.argv[2];
let passed = 0;
let failed = 0;
for (const file of fs.readdirSync(dir)) {
  const summary = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  console.log(
    `${path.basename(file, '.json')}: ${summary.numPassedTests} passed,` +
      ` ${summary.numFailedTests} failed`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
