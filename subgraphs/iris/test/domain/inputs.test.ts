import { describe, expect, it } from '@jest/globals';
import { MESSAGE_LIMITS, parseMessageText, requireUuid } from '../../src/domain/inputs.js';

describe('parseMessageText', () => {
  it('keeps a French question as written, trimmed, and counts characters as a person does', () => {
    expect(parseMessageText('  Comment réussir ma reconversion à 45 ans ?\n')).toEqual({ text: 'Comment réussir ma reconversion à 45 ans ?', length: 42 });
    expect(parseMessageText('Bravo 👏').length).toBe(7);
  });

  it('removes control characters and normalises line breaks', () => {
    expect(parseMessageText('Ligne un\r\nLigne\u0007 deux').text).toBe('Ligne un\nLigne deux');
  });

  it('refuses empty and over-long messages naming the field', () => {
    expect(() => parseMessageText(' \n ')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'text', length: 0 }) }));
    expect(() => parseMessageText('x'.repeat(MESSAGE_LIMITS.max + 1))).toThrow(/1 to 2,000 characters/);
    expect(parseMessageText('x'.repeat(MESSAGE_LIMITS.max)).length).toBe(2000);
  });
});

describe('requireUuid', () => {
  it('lower-cases a UUID and refuses anything else', () => {
    expect(requireUuid('0B7D2F1C-8A3E-4C7B-9F2D-1E5A6B7C8D9E', 'conversationId')).toBe('0b7d2f1c-8a3e-4c7b-9f2d-1e5a6b7c8d9e');
    expect(() => requireUuid('conversation-1', 'conversationId')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'conversationId' }) }));
  });
});
