import { z } from 'zod';
import { commonEnv, csvList, loadConfig, portEnv } from '@phoenix/config';

const DEVELOPMENT_WEB_ORIGIN = 'http://localhost:5173';

// `.env.example` lists the variables with empty values; an empty value means "not set".
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const httpUrl = z.url({ protocol: /^https?$/ });
const priceIds = csvList.pipe(z.array(z.string().regex(/^price_[A-Za-z0-9_]+$/, 'expected Stripe price ids (price_…)')).min(1));

/** Environment of the billing subgraph. Stripe is optional: without its keys checkout answers PAYMENT_PROVIDER_NOT_CONFIGURED. */
export const billingEnv = commonEnv
  .extend({
    BILLING_PORT: portEnv.default(4006),
    BILLING_HOST: z.string().default('127.0.0.1'),
    CONTEXT_TOKEN_PUBLIC_KEY: z.string().optional(),
    STRIPE_SECRET_KEY: optional(z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, 'expected a Stripe secret key (sk_… or rk_…)')),
    STRIPE_WEBHOOK_SECRET: optional(z.string().regex(/^whsec_[A-Za-z0-9+/=]+$/, 'expected a webhook signing secret (whsec_…)')),
    /** Comma-separated: the first price is used for new checkouts, every one is recognised on subscriptions. */
    STRIPE_PRICE_PREMIUM: optional(priceIds),
    STRIPE_PRICE_PREMIUM_PLUS: optional(priceIds),
    STRIPE_CHECKOUT_SUCCESS_URL: optional(httpUrl),
    STRIPE_CHECKOUT_CANCEL_URL: optional(httpUrl),
    STRIPE_PORTAL_RETURN_URL: optional(httpUrl),
    /** Maximum age of a webhook signature, in seconds (Stripe's default is 300). */
    STRIPE_WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
    /** Another Stripe API endpoint (stripe-mock, a test double), e.g. http://127.0.0.1:12111. */
    STRIPE_API_URL: optional(httpUrl),
  })
  .superRefine((env, ctx) => {
    if (!env.STRIPE_SECRET_KEY) return;
    // A half-configured Stripe would take payments that never reach the user's tier.
    const required = ['STRIPE_WEBHOOK_SECRET', 'STRIPE_PRICE_PREMIUM', 'STRIPE_PRICE_PREMIUM_PLUS'] as const;
    for (const key of required) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required when STRIPE_SECRET_KEY is set' });
    }
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['STRIPE_CHECKOUT_SUCCESS_URL', 'STRIPE_CHECKOUT_CANCEL_URL', 'STRIPE_PORTAL_RETURN_URL'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required in production when STRIPE_SECRET_KEY is set' });
    }
  }, { when: () => true });

export type BillingConfig = z.infer<typeof billingEnv>;

/** Where Stripe sends the customer back; development defaults point at the web client. */
export interface BillingUrls {
  checkoutSuccess: string;
  checkoutCancel: string;
  portalReturn: string;
}

/** The Stripe settings of a configured billing subgraph. */
export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  webhookToleranceSeconds: number;
  prices: { PREMIUM: readonly string[]; PREMIUM_PLUS: readonly string[] };
  urls: BillingUrls;
  apiUrl: string | undefined;
}

/** The Stripe settings, or undefined when Stripe is not configured (no secret key). */
export function stripeSettings(config: BillingConfig): StripeSettings | undefined {
  const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PREMIUM, STRIPE_PRICE_PREMIUM_PLUS } = config;
  if (!STRIPE_SECRET_KEY || !STRIPE_WEBHOOK_SECRET || !STRIPE_PRICE_PREMIUM || !STRIPE_PRICE_PREMIUM_PLUS) return undefined;
  return {
    secretKey: STRIPE_SECRET_KEY,
    webhookSecret: STRIPE_WEBHOOK_SECRET,
    webhookToleranceSeconds: config.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
    prices: { PREMIUM: STRIPE_PRICE_PREMIUM, PREMIUM_PLUS: STRIPE_PRICE_PREMIUM_PLUS },
    urls: {
      checkoutSuccess: config.STRIPE_CHECKOUT_SUCCESS_URL ?? `${DEVELOPMENT_WEB_ORIGIN}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
      checkoutCancel: config.STRIPE_CHECKOUT_CANCEL_URL ?? `${DEVELOPMENT_WEB_ORIGIN}/billing/canceled`,
      portalReturn: config.STRIPE_PORTAL_RETURN_URL ?? `${DEVELOPMENT_WEB_ORIGIN}/account/billing`,
    },
    apiUrl: config.STRIPE_API_URL,
  };
}

/** Reads and validates the billing environment once; prints every problem and exits 1 when invalid. */
export function loadBillingConfig(): BillingConfig {
  return loadConfig('billing', billingEnv);
}
