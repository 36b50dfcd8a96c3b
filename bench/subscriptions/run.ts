import { parseArgs } from 'node:util';
import { defaultSubscribers, runSubscriptionBench, subscriptionReportFigures } from './index.js';

// Only the subscription figures: `npx tsx bench/subscriptions/run.ts [--quick] [--subscribers N]
// [--rounds N] [--messages N]`. `npm run bench` runs the same with its other figures.

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    subscribers: { type: 'string' },
    rounds: { type: 'string' },
    messages: { type: 'string' },
  },
  strict: true,
});
const quick = values.quick === true;
const count = (raw: string | undefined) => (raw === undefined ? undefined : Math.max(1, Math.round(Number(raw))));
const result = await runSubscriptionBench({
  quick,
  subscribers: count(values.subscribers) ?? defaultSubscribers(quick),
  ...(values.rounds ? { rounds: count(values.rounds) as number } : {}),
  ...(values.messages ? { irisMessages: count(values.messages) as number } : {}),
  log: console.log,
});
const { figures, error } = subscriptionReportFigures(result);
console.log(`\n${result.conditions}\n\n| figure | value |\n|---|---|`);
for (const [name, value] of Object.entries(figures)) console.log(`| ${name} | ${typeof value === 'number' ? value.toLocaleString('en-US') : value} |`);
if (error) console.log(`\nfailed: ${error}`);
console.log(`\n${JSON.stringify(result, null, 2)}`);
process.exit(result.error ? 1 : 0);
