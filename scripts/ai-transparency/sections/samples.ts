import type { AiRequest, AiTask, AssistantInput, CoachingInput, LetterInput } from '@phoenix/ai';

// One request per task with every field filled: text fields hold their own name in braces,
// so a rendered prompt shows where each piece of the person's data goes. `Required<>` makes
// a top-level field added to an input type fail here until the sample (and the statement) show it.
const letter = {
  cvText: '{cvText}',
  offerText: '{offerText}',
  jobTitle: '{jobTitle}',
  company: '{company}',
  tone: 'formel',
  candidateName: '{candidateName}',
  previousDomain: '{previousDomain}',
  newDomain: '{newDomain}',
  transferableSkills: ['{transferableSkills}'],
  yearsOfExperience: 12,
} satisfies Required<LetterInput>;

const coaching = {
  firstName: '{firstName}',
  mood: 6,
  confidence: 5,
  notes: '{notes}',
  goals: [{ title: '{goals.title}', targetDate: '2026-06-30', progress: 0.5 }],
  trend: { moodAverage7d: 5.5, confidenceChange30d: -1, burnoutRisk: 'moderate' },
  targetOccupation: '{targetOccupation}',
  today: '2026-03-02',
} satisfies Required<CoachingInput>;

const assistant = {
  topic: 'reconversion',
  message: '{message}',
  history: [
    { role: 'user', text: '{history.user}' },
    { role: 'assistant', text: '{history.assistant}' },
  ],
  context: {
    firstName: '{context.firstName}',
    occupation: { code: '{context.occupation.code}', title: '{context.occupation.title}', resilienceScore: 58, skills: ['{context.occupation.skills}'] },
    targetOccupations: ['{context.targetOccupations}'],
    skills: ['{context.skills}'],
    lettersWritten: 2,
  },
} satisfies Required<AssistantInput>;

export const SAMPLE_REQUESTS: Readonly<Record<AiTask, AiRequest>> = {
  'letters.generate': { task: 'letters.generate', input: letter },
  'rise.coach': { task: 'rise.coach', input: coaching },
  'iris.reply': { task: 'iris.reply', input: assistant },
};

/** Every `{field}` placeholder of a sample that a text contains, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-zA-Z.]+)\}/g)].map((match) => match[1] ?? ''))];
}

/** Every text placeholder of a sample request. */
export function samplePlaceholders(request: AiRequest): string[] {
  return placeholdersIn(JSON.stringify(request.input));
}
