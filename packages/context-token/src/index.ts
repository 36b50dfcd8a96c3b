export { type Principal, type Tier, type UserPrincipal, type PartnerPrincipal, TIERS, ANONYMOUS, scopesForUser } from './principal.js';
export { ContextTokenSigner, type SignerOptions } from './signer.js';
export { ContextTokenVerifier, InvalidContextTokenError } from './verifier.js';
export { CONTEXT_TOKEN_HEADER, CONTEXT_TOKEN_ISSUER, MAX_CONTEXT_TOKEN_TTL_SECONDS } from './constants.js';
