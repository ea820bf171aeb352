import { existsSync, readFileSync } from 'node:fs';

/**
 * Prints the one closing line CI reads, "N passed, N failed", from vitest's JSON report plus the number
 * of failed static checks (typecheck, lint), and exits non-zero when anything failed or did not run.
 */
const [reportPath = '.test-results/vitest.json', failedChecksArg = '0', vitestStatusArg = '0'] = process.argv.slice(2);
const failedChecks = Number(failedChecksArg);
const vitestStatus = Number(vitestStatusArg);

let passed = 0;
let failed = 0;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  passed = report.numPassedTests;
  // A test file that fails to load has no test results of its own; count it as one failure.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  failed = report.numFailedTests + brokenFiles;
} else {
  failed = 1;
}
if (vitestStatus !== 0 && failed === 0) failed = 1;
failed += failedChecks;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
