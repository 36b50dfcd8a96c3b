import { describe, expect, it } from '@jest/globals';
import { hasDistressWords, HELPLINES, HUMAN_HELP_NOTICE, humanHelpReasons, withHumanHelp } from '../../src/domain/human-help.js';

describe('humanHelpReasons', () => {
  it('asks for human help when the burnout risk is HIGH', () => {
    expect(humanHelpReasons({ burnoutRisk: 'HIGH', texts: [] })).toEqual(['BURNOUT_RISK_HIGH']);
  });

  it('asks for nothing in a good week with ordinary notes', () => {
    expect(humanHelpReasons({ burnoutRisk: 'LOW', latestMood: 7, texts: ['Bonne semaine, deux candidatures envoyées.'] })).toEqual([]);
    expect(humanHelpReasons({ burnoutRisk: 'MODERATE', latestMood: 3, texts: [undefined] })).toEqual([]);
  });

  it('asks for human help after a very low mood', () => {
    expect(humanHelpReasons({ burnoutRisk: 'UNKNOWN', latestMood: 2, texts: [] })).toEqual(['VERY_LOW_MOOD']);
  });

  it('treats the person’s own health as a sensitive topic, but not other special categories', () => {
    expect(humanHelpReasons({ burnoutRisk: 'LOW', texts: ['Mon arrêt maladie se termine lundi.'] })).toEqual(['SENSITIVE_TOPIC']);
    expect(humanHelpReasons({ burnoutRisk: 'LOW', texts: ['Je suis déléguée syndicale depuis dix ans.'] })).toEqual([]);
  });

  it('hears words of distress in the message or the notes', () => {
    expect(humanHelpReasons({ burnoutRisk: 'LOW', texts: ['Je n’en peux plus, j’ai des idées noires.'] })).toEqual(['DISTRESS_WORDS']);
  });
});

describe('hasDistressWords', () => {
  it.each(['Parfois je pense à en finir.', 'Je n’ai plus envie de vivre', 'JE SUIS DÉSESPÉRÉ', 'Je suis au bout du rouleau.'])('hears « %s »', (text) => {
    expect(hasDistressWords(text)).toBe(true);
  });

  it.each(['Je veux finir ma formation en juin.', 'Un peu fatigué mais motivé.', 'Mon projet avance doucement.'])('does not hear distress in « %s »', (text) => {
    expect(hasDistressWords(text)).toBe(false);
  });
});

describe('withHumanHelp', () => {
  it('appends the notice with the French helplines', () => {
    const reply = withHumanHelp('Bonjour,\n\nUne action pour aujourd’hui.', ['BURNOUT_RISK_HIGH']);
    expect(reply.endsWith(HUMAN_HELP_NOTICE)).toBe(true);
    for (const line of ['3114', 'SOS Amitié, 09 72 39 40 50', 'le 15 (SAMU) ou le 112']) expect(reply).toContain(line);
  });

  it('replaces helpline paragraphs the model wrote itself by the checked notice', () => {
    const reply = withHumanHelp('Bonjour,\n\nAppelez le 3141 ou SOS Amitié au 01 00 00 00 00.\n\nUne action.', ['DISTRESS_WORDS']);
    expect(reply).not.toContain('3141');
    expect(reply.split('3114').length).toBe(2);
    expect(reply).toContain('Une action.');
  });

  it('leaves the reply unchanged without a reason', () => {
    expect(withHumanHelp('Bonjour,\n\nUne action.', [])).toBe('Bonjour,\n\nUne action.');
  });

  it('lists the four helplines of the notice', () => {
    expect(HELPLINES.map((h) => h.number)).toEqual(['3114', '09 72 39 40 50', '15', '112']);
  });
});
