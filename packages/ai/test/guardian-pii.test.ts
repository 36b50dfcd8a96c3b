import { describe, expect, it } from '@jest/globals';
import { detectPii, ibanValid, luhnValid, nirValid, piiRedactingDestination, redactPii } from '../src/index.js';
import { fixture } from './support/fixtures.js';

const kinds = (text: string) => detectPii(text).map((f) => f.kind);

describe('personal data detection', () => {
  it('finds an email address and redacts it', () => {
    expect(redactPii('Écrivez-moi à marie.dupont+cv@exemple.fr, merci.').text).toBe('Écrivez-moi à [EMAIL], merci.');
  });

  it('finds French phone numbers in national and international formats', () => {
    expect(redactPii('Tél. 06 12 34 56 78 ou +33 1 44 55 66 77 ou 0033 (0)6.12.34.56.78').text).toBe('Tél. [PHONE] ou [PHONE] ou [PHONE]');
  });

  it('finds a NIR only when its key is right, Corsican departments included', () => {
    expect(nirValid('1 85 05 78 006 084 91')).toBe(true);
    expect(nirValid('2 90 02 2A 004 012 18')).toBe(true);
    expect(nirValid('1 85 05 78 006 084 37')).toBe(false);
    expect(redactPii('Numéro de sécurité sociale : 1 85 05 78 006 084 91.').text).toBe('Numéro de sécurité sociale : [NIR].');
    expect(redactPii('NIR 290022A00401218').text).toBe('NIR [NIR]');
    expect(kinds('Référence dossier 1 85 05 78 006 084 37')).toEqual([]);
  });

  it('finds an IBAN only when its mod-97 check passes', () => {
    expect(ibanValid('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(ibanValid('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(redactPii('Virement sur FR76 3000 6000 0112 3456 7890 189 avant le 5.').text).toBe('Virement sur [IBAN] avant le 5.');
    expect(redactPii('IBAN allemand DE89370400440532013000').text).toBe('IBAN allemand [IBAN]');
    expect(kinds('Code FR76 3000 6000 0112 3456 7890 188')).not.toContain('iban');
  });

  it('finds a payment card number only when its Luhn check passes', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(redactPii('Carte 4111 1111 1111 1111 exp 12/27').text).toBe('Carte [CARD] exp 12/27');
    expect(redactPii('Amex 3782-822463-10005').text).toBe('Amex [CARD]');
    expect(kinds('Commande 4111 1111 1111 1112')).toEqual([]);
  });

  it('finds public IPv4 and IPv6 addresses but not loopback or version numbers', () => {
    expect(redactPii('Connexion depuis 203.0.113.42 puis 2001:db8::8a2e:370:7334.').text).toBe('Connexion depuis [IP] puis [IP].');
    expect(kinds('Serveur local 127.0.0.1, version 1.2.3, réunion à 10:30:00, adresse 300.1.1.1')).toEqual([]);
  });

  it('reports positions and kinds but never the values themselves', () => {
    const [finding] = detectPii('Mail : a.b@exemple.fr');
    expect(finding).toEqual({ kind: 'email', start: 7, end: 21 });
  });

  it('finds exactly the contact details in a real CV, not its dates, salary, postcode or percentages', () => {
    const cv = fixture('cv-secretaire-medicale.txt');
    expect(kinds(cv)).toEqual(['email', 'phone']);
    const redacted = redactPii(cv).text;
    expect(redacted).toContain('[EMAIL] | [PHONE]');
    expect(redacted).toContain('28 000 €');
    expect(redacted).toContain('35000 Rennes');
    expect(redacted).toContain('réduit de 12 % à 4 %');
  });

  it('finds the phone and email in a cover letter and nothing else', () => {
    expect(kinds(fixture('lettre-motivation-comptable.txt'))).toEqual(['phone', 'email']);
  });
});

describe('log redaction', () => {
  it('redacts personal data in each serialised log line before it is written', () => {
    const written: string[] = [];
    const destination = piiRedactingDestination({ write: (line: string) => written.push(line) });
    destination.write('{"level":"warn","msg":"bounce for jean@exemple.fr from 198.51.100.7"}\n');
    expect(written).toEqual(['{"level":"warn","msg":"bounce for [EMAIL] from [IP]"}\n']);
  });
});
