// Adds up the Jest JSON summaries of every stage into one closing line,
// "N passed, N failed", so CI can read the whole run at a glance. The
// names of stages that failed (lint, types, a suite that could not run)
// come as arguments and are listed above it; any of them fails the run.
const fs = require('node:fs');
const path = require('node:path');

const [dir, ...failedStages] = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const file of fs.readdirSync(dir)) {
  const summary = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  // A suite that fails to load runs no test; it still counts as a failure.
  const broken = summary.numRuntimeErrorTestSuites;
  passed += summary.numPassedTests;
  failed += summary.numFailedTests + broken;
  console.log(
    `${path.basename(file, '.json')}: ${summary.numPassedTests} passed,` +
      ` ${summary.numFailedTests} failed` +
      (broken > 0 ? `, suites that could not run: ${broken}` : ''),
  );
}
for (const name of failedStages) console.log(`FAILED stage: ${name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode =
  failed > 0 || passed === 0 || failedStages.length > 0 ? 1 : 0;
