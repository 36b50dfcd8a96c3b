import { describe, expect, it } from '@jest/globals';
import { buildMessages, composeLocally, createLocalProvider, LOCAL_MODEL, type AiRequest, type CompletionEvent } from '../src/index.js';
import { irisQuestion, payrollLetter, warehouseLetter } from './support/requests.js';

async function collect(request: AiRequest, variant: string): Promise<CompletionEvent[]> {
  const events: CompletionEvent[] = [];
  const provider = createLocalProvider();
  for await (const event of provider.stream({ ...request, variant, messages: buildMessages(request, variant), maxOutputTokens: 900 })) events.push(event);
  return events;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('local provider: cover letters', () => {
  it('writes a French letter with subject, greeting, closing formula and signature, within the ATS length band', () => {
    const letter = composeLocally(warehouseLetter(), 'motivation-first');
    expect(letter.startsWith('Objet : candidature au poste de Responsable d’entrepôt')).toBe(true);
    expect(letter).toContain('Madame, Monsieur,');
    expect(letter).toContain('salutations distinguées');
    expect(letter.trim().endsWith('Nadia Benali')).toBe(true);
    expect(wordCount(letter)).toBeGreaterThanOrEqual(200);
    expect(wordCount(letter)).toBeLessThanOrEqual(400);
  });

  it('builds the letter from what the offer asks and what the CV shows', () => {
    const letter = composeLocally(warehouseLetter(), 'motivation-first');
    expect(letter).toContain('WMS');
    expect(letter).toContain('CACES');
    expect(letter).toMatch(/réduit de 30 %|taux de rupture ramené de 6 % à 2 %/);
  });

  it('writes a different letter for a different offer and CV, each naming its own subject', () => {
    const warehouse = composeLocally(warehouseLetter(), 'motivation-first');
    const payroll = composeLocally(payrollLetter(), 'motivation-first');
    expect(payroll).not.toEqual(warehouse);
    expect(payroll).toContain('DSN');
    expect(payroll).not.toContain('WMS');
    expect(warehouse).not.toContain('DSN');
  });

  it('changes greeting and closing with the tone', () => {
    const startup = composeLocally(warehouseLetter({ tone: 'startup' }), 'motivation-first');
    expect(startup).toContain('Bonjour l’équipe Logisti’Nord,');
    expect(startup).toContain('À très vite');
    expect(startup).not.toContain('salutations distinguées');
  });

  it('opens with the CV’s quantified achievement in the achievement-first variant', () => {
    const letter = composeLocally(warehouseLetter(), 'achievement-first');
    const hook = letter.split('\n\n')[2] ?? '';
    expect(hook).toMatch(/\d+ %/);
    expect(hook).toContain('c’est le type de résultat que je souhaite apporter à Logisti’Nord');
  });

  it('tells the career-change story when the domains are given', () => {
    const letter = composeLocally(
      warehouseLetter({ previousDomain: 'la grande distribution', newDomain: 'la logistique', transferableSkills: ['le management d’équipe', 'la gestion des stocks'], yearsOfExperience: 16 }),
      'motivation-first',
    );
    expect(letter).toContain('Après 16 ans dans la grande distribution, j’ai choisi de m’orienter vers la logistique');
  });

  it('never copies the CV’s contact lines into the letter', () => {
    const letter = composeLocally(warehouseLetter(), 'motivation-first');
    expect(letter).not.toContain('nadia.benali@exemple.fr');
    expect(letter).not.toContain('06 72 41 18 93');
  });
});

describe('local provider: coaching and assistant replies', () => {
  const coaching = (mood: number, notes: string): AiRequest => ({
    task: 'rise.coach',
    input: { firstName: 'Marc', mood, confidence: 5, notes, goals: [{ title: 'Envoyer cinq candidatures de comptable', targetDate: '2025-06-20', progress: 0.4 }], today: '2025-06-02' },
  });

  it('reads back mood, goal deadline and the themes of the notes', () => {
    const text = composeLocally(coaching(3, 'Deux refus cette semaine, je doute de ma lettre de motivation.'), 'reflective');
    expect(text).toContain('Bonjour Marc,');
    expect(text).toContain('humeur à 3/10');
    expect(text).toContain('« Envoyer cinq candidatures de comptable » arrive à échéance dans 18 jours. Vous en êtes à 40 %.');
    expect(text).toContain('« refus »');
  });

  it('suggests a different small action when the notes are about something else', () => {
    const letterWorries = composeLocally(coaching(6, 'Je bloque sur ma lettre de motivation.'), 'action-first');
    const networking = composeLocally(coaching(6, 'Je voudrais relancer mon réseau et mes anciens contacts sur LinkedIn.'), 'action-first');
    const action = (text: string) => text.split('\n\n').find((p) => p.startsWith('Une seule action'));
    expect(action(letterWorries)).not.toEqual(action(networking));
  });

  it('adds the human-help disclaimer only when the signals call for it', () => {
    const hard = composeLocally({ task: 'rise.coach', input: { mood: 2, trend: { burnoutRisk: 'high' } } }, 'reflective');
    const fine = composeLocally({ task: 'rise.coach', input: { mood: 8 } }, 'reflective');
    expect(hard).toContain('Je ne suis pas un professionnel de santé');
    expect(fine).not.toContain('professionnel de santé');
  });

  it('answers an assistant question with advice retrieved for that question', () => {
    const salary = composeLocally(irisQuestion('Comment négocier mon salaire lors de mon premier entretien ?'), 'guided');
    const video = composeLocally(irisQuestion('Mon entretien se fait en visioconférence, comment me préparer côté caméra et micro ?'), 'guided');
    expect(salary).toContain('Négocier son salaire');
    expect(video).toContain('Réussir un entretien en visioconférence');
    expect(salary).not.toEqual(video);
  });

  it('personalises the reply with the occupation and resilience score from Aube', () => {
    const reply = composeLocally(
      { task: 'iris.reply', input: { topic: 'reconversion', message: 'Mon métier va-t-il disparaître avec l’IA ?', context: { occupation: { code: 'M1203', title: 'Comptable', resilienceScore: 34 } } } },
      'concise',
    );
    expect(reply).toContain('Comptable (M1203), obtient 34/100 en résilience');
  });

  it('does not repeat a passage it already gave earlier in the conversation', () => {
    const question = 'Comment négocier mon salaire lors de mon premier entretien ?';
    const first = composeLocally(irisQuestion(question), 'concise');
    const second = composeLocally({ task: 'iris.reply', input: { topic: 'entretien', message: question, history: [{ role: 'user', text: question }, { role: 'assistant', text: first }] } }, 'concise');
    expect(second).not.toContain('Négocier son salaire');
  });
});

describe('local provider streaming', () => {
  it('streams several chunks that add up to the composed text, then usage', async () => {
    const events = await collect(payrollLetter(), 'motivation-first');
    const deltas = events.filter((e) => e.type === 'delta');
    const done = events.at(-1);
    expect(deltas.length).toBeGreaterThan(20);
    expect(deltas.map((e) => e.text).join('')).toBe(composeLocally(payrollLetter(), 'motivation-first'));
    expect(done).toMatchObject({ type: 'done', usage: { provider: 'local', model: LOCAL_MODEL } });
    if (done?.type !== 'done') throw new Error('no usage');
    expect(done.usage.tokensIn).toBeGreaterThan(100);
    expect(done.usage.tokensOut).toBeGreaterThan(50);
  });

  it('is deterministic: the same request gives the same text', () => {
    expect(composeLocally(warehouseLetter(), 'motivation-first')).toBe(composeLocally(warehouseLetter(), 'motivation-first'));
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const provider = createLocalProvider();
    const request = payrollLetter();
    const seen: string[] = [];
    const run = async () => {
      for await (const event of provider.stream({ ...request, variant: 'motivation-first', messages: [], maxOutputTokens: 900 }, controller.signal)) {
        if (event.type === 'delta') seen.push(event.text);
        if (seen.length === 3) controller.abort();
      }
    };
    await expect(run()).rejects.toThrow();
    expect(seen).toHaveLength(3);
  });
});
