import { describe, expect, it } from '@jest/globals';
import { parseConfig, type ConfigError } from '@phoenix/config';
import { billingEnv, stripeSettings } from '../src/config.js';

const complete = {
  STRIPE_SECRET_KEY: 'sk_test_51AbCdEf',
  STRIPE_WEBHOOK_SECRET: 'whsec_AbCdEf123',
  STRIPE_PRICE_PREMIUM: 'price_premiumNew, price_premiumOld',
  STRIPE_PRICE_PREMIUM_PLUS: 'price_plus',
};

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig('billing', billingEnv, env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
}

describe('billing configuration', () => {
  it('leaves Stripe unconfigured without a secret key, empty values included', () => {
    expect(stripeSettings(parseConfig('billing', billingEnv, {}))).toBeUndefined();
    expect(stripeSettings(parseConfig('billing', billingEnv, { STRIPE_SECRET_KEY: '', STRIPE_PRICE_PREMIUM: '' }))).toBeUndefined();
  });

  it('reads price lists: the first price sells, every price is recognised', () => {
    const settings = stripeSettings(parseConfig('billing', billingEnv, complete));
    expect(settings?.prices).toEqual({ PREMIUM: ['price_premiumNew', 'price_premiumOld'], PREMIUM_PLUS: ['price_plus'] });
    expect(settings?.webhookToleranceSeconds).toBe(300);
  });

  it('refuses a half-configured Stripe, naming every missing variable', () => {
    expect(problems({ STRIPE_SECRET_KEY: complete.STRIPE_SECRET_KEY })).toEqual([
      'STRIPE_WEBHOOK_SECRET: required when STRIPE_SECRET_KEY is set',
      'STRIPE_PRICE_PREMIUM: required when STRIPE_SECRET_KEY is set',
      'STRIPE_PRICE_PREMIUM_PLUS: required when STRIPE_SECRET_KEY is set',
    ]);
  });

  it('requires the redirect URLs in production', () => {
    expect(problems({ ...complete, NODE_ENV: 'production' })).toHaveLength(3);
  });

  it('refuses values that are not Stripe keys or price ids', () => {
    expect(problems({ ...complete, STRIPE_SECRET_KEY: 'pk_test_publishable', STRIPE_PRICE_PREMIUM: 'prod_123' }).map((p) => p.split(/[.:]/)[0])).toEqual([
      'STRIPE_SECRET_KEY',
      'STRIPE_PRICE_PREMIUM',
    ]);
  });
});
