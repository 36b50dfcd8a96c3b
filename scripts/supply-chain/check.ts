import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgeAudit } from './audit.js';
import { licenceProblems, type LicencePolicy, type SbomComponent } from './licences.js';

// Writes the CycloneDX SBOM of the production dependencies, checks their licences against the
// policy, and gates on `npm audit` (high and critical, production dependencies only).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sbomPath = resolve(root, process.env.SBOM_PATH ?? 'dist/sbom.cdx.json');
let failed = false;

mkdirSync(dirname(sbomPath), { recursive: true });
const sbom = spawnSync('npx', ['--no-install', 'cyclonedx-npm', '--omit', 'dev', '--output-format', 'JSON', '--output-file', sbomPath], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
if (sbom.status !== 0) {
  console.error(`SBOM generation failed:\n${sbom.stderr}`);
  process.exit(1);
}
const components = (JSON.parse(readFileSync(sbomPath, 'utf8')) as { components: SbomComponent[] }).components;
const policy = JSON.parse(readFileSync(resolve(root, 'scripts/supply-chain/licence-policy.json'), 'utf8')) as LicencePolicy;
const problems = licenceProblems(components, policy);
console.log(`SBOM (CycloneDX) written to ${sbomPath}`);
if (problems.length > 0) {
  failed = true;
  console.error('Production dependencies with a licence outside the policy (scripts/supply-chain/licence-policy.json):');
  for (const problem of problems) console.error(`  ${problem.package}: ${problem.licences.join(', ') || 'no licence declared'}`);
} else {
  console.log('Licences: every production dependency is within the policy.');
}

const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const outcome = judgeAudit(audit.stdout);
if (outcome.kind === 'vulnerable') {
  failed = true;
  console.error('npm audit: high or critical vulnerabilities in production dependencies:');
  for (const finding of outcome.packages) console.error(`  ${finding.name}: ${finding.severity}`);
} else if (outcome.kind === 'unavailable') {
  // A registry mirror without the advisory endpoint must not pass silently where audits are required.
  const required = process.env.REQUIRE_AUDIT === 'true';
  console.error(`npm audit: no answer from the registry (${outcome.reason}).${required ? '' : ' Set REQUIRE_AUDIT=true to make this fatal.'}`);
  if (required) failed = true;
} else {
  console.log(`npm audit: no high or critical vulnerability (${outcome.counted} lower findings).`);
}
process.exit(failed ? 1 : 0);
