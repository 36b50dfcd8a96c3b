import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { repoRoot } from '@phoenix/config';
import { EVENTS_DOC_PATH, PAYLOAD_TYPES_FILE, renderEventsDoc, renderPayloadTypes } from '../src/codegen/index.js';
import {
  eventRegistry,
  REGISTRY_FILE,
  RegistryError,
  parseRegistry,
  validateEvent,
  validateRegistry,
  InvalidEventPayloadError,
  UnknownEventTypeError,
  type EventType,
} from '../src/index.js';

// The canonical list of DOMAIN.md, section "Events".
const DOMAIN_EVENTS = [
  'user.registered',
  'user.signed_in',
  'user.tier_changed',
  'user.consent_changed',
  'user.data_exported',
  'user.deleted',
  'aube.exploration_started',
  'aube.resilience_scored',
  'aube.recommendations_generated',
  'aube.career_chosen',
  'aube.report_exported',
  'letters.letter_generated',
  'letters.ats_analyzed',
  'letters.mirror_matched',
  'letters.coached',
  'rise.mood_logged',
  'rise.goal_set',
  'rise.coaching_started',
  'rise.coaching_completed',
  'iris.message_sent',
  'iris.reply_completed',
  'billing.checkout_started',
  'billing.subscription_activated',
  'billing.subscription_canceled',
  'billing.payment_succeeded',
  'billing.payment_failed',
  'ai.completion_recorded',
  'ai.feedback_given',
] as const satisfies readonly EventType[];

const userId = '0b6f7c1e-3d0a-4f5e-9a8b-2c1d0e9f8a7b';

function document(overrides: Record<string, unknown> = {}, payload: Record<string, unknown> = {}) {
  return {
    events: {
      'user.registered': {
        version: 1,
        owner: 'accounts',
        description: 'A person created an account.',
        stream: 'userId',
        personalData: ['userId'],
        payload: {
          type: 'object',
          additionalProperties: false,
          required: ['userId'],
          properties: { userId: { type: 'string', format: 'uuid' } },
          ...payload,
        },
        ...overrides,
      },
    },
  };
}

describe('event registry', () => {
  it('declares exactly the event types DOMAIN.md lists', () => {
    expect([...eventRegistry().events.keys()].sort()).toEqual([...DOMAIN_EVENTS].sort());
  });

  it('finds no problem in the shipped registry file', () => {
    expect(validateRegistry(parse(readFileSync(REGISTRY_FILE, 'utf8')))).toEqual([]);
  });

  it('marks the personal data fields of a payload', () => {
    const registry = eventRegistry();
    expect(registry.events.get('rise.mood_logged')?.personalData).toEqual(['userId', 'mood', 'confidence']);
    expect(registry.events.get('billing.subscription_activated')?.personalData).toEqual(['userId', 'stripeSubscriptionId']);
    expect(registry.events.get('ai.completion_recorded')?.personalData).toEqual([]);
  });

  it('marks userId as personal data in every event whose payload has one', () => {
    for (const event of eventRegistry().events.values()) {
      const properties = event.payload.properties as Record<string, unknown>;
      if ('userId' in properties) expect({ event: event.name, marked: event.personalData.includes('userId') }).toEqual({ event: event.name, marked: true });
    }
  });

  it('accepts a payload that matches its schema and reports every problem of one that does not', () => {
    const registry = eventRegistry();
    expect(validateEvent(registry, 'user.registered', { userId, utm: { source: 'newsletter' } }).version).toBe(1);
    expect(() => validateEvent(registry, 'user.registered', { userId: 'nope', email: 'a@b.fr' })).toThrow(InvalidEventPayloadError);
    try {
      validateEvent(registry, 'user.registered', { userId: 'nope', email: 'a@b.fr' });
    } catch (error) {
      const problems = (error as InvalidEventPayloadError).problems;
      expect(problems).toContain('(payload) has unknown field "email"');
      expect(problems).toContain('/userId must match format "uuid"');
      // Problems name fields and rules, never the offending values.
      expect(problems.join(' ')).not.toContain('a@b.fr');
    }
  });

  it('rejects an undeclared type', () => {
    expect(() => validateEvent(eventRegistry(), 'user.levitated', { userId })).toThrow(UnknownEventTypeError);
  });

  it('rejects a name that is not <domain>.<verb>, a version that is not positive, and an unknown owner', () => {
    const bad = {
      events: {
        UserRegistered: document().events['user.registered'],
        'user.signed_in': { ...document().events['user.registered'], version: 0, owner: 'marketing' },
      },
    };
    const problems = validateRegistry(bad);
    expect(problems).toContain('UserRegistered: the name must be `<domain>.<past_tense_verb>` in lower snake case');
    expect(problems).toContain('user.signed_in: version must be a positive integer');
    expect(problems.some((p) => p.startsWith('user.signed_in: owner must be one of'))).toBe(true);
  });

  it('rejects personal data or a stream that names a field the schema does not declare', () => {
    const problems = validateRegistry(document({ personalData: ['userId', 'email'], stream: 'accountId' }));
    expect(problems).toContain('user.registered: personalData field "email" is not in the payload schema');
    expect(problems).toContain('user.registered: stream must name a required string field of the payload');
  });

  it('accepts dotted personal data paths into nested objects', () => {
    const nested = { properties: { userId: { type: 'string' }, utm: { type: 'object', additionalProperties: false, properties: { source: { type: 'string' } } } } };
    expect(validateRegistry(document({ personalData: ['utm.source'] }, nested))).toEqual([]);
    expect(validateRegistry(document({ personalData: ['utm.medium'] }, nested))).toEqual([
      'user.registered: personalData field "utm.medium" is not in the payload schema',
    ]);
  });

  it('rejects a payload schema that is open, requires undeclared fields or does not compile', () => {
    expect(validateRegistry(document({}, { additionalProperties: true }))).toContain('user.registered: payload must set additionalProperties: false');
    expect(validateRegistry(document({}, { required: ['userId', 'plan'] }))).toContain('user.registered: payload requires undeclared field "plan"');
    const problems = validateRegistry(document({}, { properties: { userId: { type: 'string', minLenght: 3 } } }));
    expect(problems.some((p) => p.startsWith('user.registered: payload schema does not compile'))).toBe(true);
  });

  it('throws a RegistryError listing every problem when building an invalid registry', () => {
    expect(() => parseRegistry({ events: { 'user.registered': { version: 'one' } } })).toThrow(RegistryError);
    expect(() => parseRegistry('not a mapping')).toThrow(/must be a mapping/);
  });

  it('keeps the committed payload types in step with the registry', () => {
    expect(readFileSync(PAYLOAD_TYPES_FILE, 'utf8')).toBe(renderPayloadTypes(eventRegistry()));
  });

  it('keeps the committed docs/events.md in step with the registry', () => {
    expect(readFileSync(join(repoRoot, EVENTS_DOC_PATH), 'utf8')).toBe(renderEventsDoc(eventRegistry()));
  });
});
