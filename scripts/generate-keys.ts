import { randomBytes } from 'node:crypto';
import { generatePemKeyPair } from '@phoenix/keys';

// Prints fresh Ed25519 key pairs as .env lines, for deployments where keys are not
// generated on the fly (NODE_ENV=production): `npm run keys:generate >> .env`.
const escape = (pem: string) => pem.trim().replace(/\n/g, '\\n');
for (const name of ['CONTEXT_TOKEN', 'ACCESS_TOKEN']) {
  const pair = await generatePemKeyPair();
  console.log(`${name}_PRIVATE_KEY="${escape(pair.privateKeyPem)}"`);
  console.log(`${name}_PUBLIC_KEY="${escape(pair.publicKeyPem)}"`);
}
// Iris keys its pseudonymous analytics hash with this pepper; production refuses the dev default.
console.log(`IRIS_ANALYTICS_PEPPER="${randomBytes(36).toString('base64url')}"`);
