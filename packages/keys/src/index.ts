import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, type CryptoKey } from 'jose';

/** Every asymmetric signature in Phoenix uses Ed25519. */
export const SIGNING_ALGORITHM = 'EdDSA';

export interface PemKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export interface KeyPairSource {
  /** PEM (PKCS#8) from configuration; takes precedence over anything on disk. */
  privateKeyPem?: string | undefined;
  publicKeyPem?: string | undefined;
  /** Where a development key pair is generated and kept between runs. */
  devDirectory: string;
  /** File stem of the development key pair, e.g. `context-token`. */
  name: string;
  /** False in production: a missing key is a configuration error there, never generated. */
  allowGenerate: boolean;
}

/** Returns the configured key pair, or the persisted development one (created on first use). */
export async function resolveKeyPair(source: KeyPairSource): Promise<PemKeyPair> {
  if (source.privateKeyPem && source.publicKeyPem) {
    return { privateKeyPem: normalisePem(source.privateKeyPem), publicKeyPem: normalisePem(source.publicKeyPem) };
  }
  if (!source.allowGenerate) {
    throw new Error(`Key pair "${source.name}" is not configured and generating keys is disabled outside development`);
  }
  const privatePath = join(source.devDirectory, `${source.name}.key.pem`);
  const publicPath = join(source.devDirectory, `${source.name}.pub.pem`);
  if (existsSync(privatePath) && existsSync(publicPath)) {
    return { privateKeyPem: readFileSync(privatePath, 'utf8'), publicKeyPem: readFileSync(publicPath, 'utf8') };
  }
  const pair = await generatePemKeyPair();
  mkdirSync(source.devDirectory, { recursive: true, mode: 0o700 });
  writeAtomically(privatePath, pair.privateKeyPem, 0o600);
  writeAtomically(publicPath, pair.publicKeyPem, 0o644);
  return { privateKeyPem: readFileSync(privatePath, 'utf8'), publicKeyPem: readFileSync(publicPath, 'utf8') };
}

/** Reads only a public key: from configuration, else the development pair's public half. */
export function resolvePublicKey(source: Omit<KeyPairSource, 'privateKeyPem'>): string | undefined {
  if (source.publicKeyPem) return normalisePem(source.publicKeyPem);
  const publicPath = join(source.devDirectory, `${source.name}.pub.pem`);
  return source.allowGenerate && existsSync(publicPath) ? readFileSync(publicPath, 'utf8') : undefined;
}

export async function generatePemKeyPair(): Promise<PemKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}

export function importPrivateKey(pem: string): Promise<CryptoKey> {
  return importPKCS8(normalisePem(pem), SIGNING_ALGORITHM);
}

export function importPublicKey(pem: string): Promise<CryptoKey> {
  return importSPKI(normalisePem(pem), SIGNING_ALGORITHM, { extractable: true });
}

// Environment variables often carry PEM with literal "\n" sequences.
function normalisePem(pem: string): string {
  return pem.includes('\\n') ? pem.replace(/\\n/g, '\n') : pem;
}

// Two processes starting together must not read a half-written key.
function writeAtomically(path: string, content: string, mode: number): void {
  if (existsSync(path)) return;
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode });
  renameSync(temporary, path);
}
