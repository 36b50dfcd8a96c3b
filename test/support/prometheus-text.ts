/**
 * A strict reader of the Prometheus text exposition format (0.0.4), for tests: every line must
 * be a `# HELP`, a `# TYPE` or a sample of a declared family, label values must be quoted and
 * escaped, values numbers; histogram buckets must be cumulative and end at `+Inf` = `_count`.
 * Throws on the first violation, naming the line.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  types: Map<string, string>;
  samples: Sample[];
  /** The sum of the samples named `name` whose labels include `labels`. */
  value(name: string, labels?: Record<string, string>): number;
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SAMPLE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: (-?\\d+))?$`);
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/y;

export function parsePrometheusText(text: string): Exposition {
  if (!text.endsWith('\n')) throw new Error('exposition does not end with a line feed');
  const types = new Map<string, string>();
  const helped = new Set<string>();
  const samples: Sample[] = [];
  const lines = text.slice(0, -1).split('\n');
  lines.forEach((line, index) => {
    const where = `line ${index + 1}: ${line}`;
    if (line.startsWith('# HELP ')) {
      const name = line.slice(7).split(' ')[0] ?? '';
      if (!new RegExp(`^${NAME}$`).test(name) || helped.has(name)) throw new Error(`bad or repeated HELP, ${where}`);
      helped.add(name);
      return;
    }
    if (line.startsWith('# TYPE ')) {
      const [name = '', type = '', ...rest] = line.slice(7).split(' ');
      if (!new RegExp(`^${NAME}$`).test(name) || !TYPES.has(type) || rest.length > 0 || types.has(name)) throw new Error(`bad or repeated TYPE, ${where}`);
      types.set(name, type);
      return;
    }
    if (line === '') return; // the format ignores empty lines
    if (line.startsWith('#') || line.trim() === '') throw new Error(`unexpected line, ${where}`);
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`malformed sample, ${where}`);
    const [, name = '', labelText = '', rawValue = ''] = match;
    const family = familyOf(name, types);
    if (!family) throw new Error(`sample of an undeclared family, ${where}`);
    const value = parseValue(rawValue);
    if (value === undefined) throw new Error(`malformed value, ${where}`);
    samples.push({ name, labels: parseLabels(labelText, where), value });
  });
  checkHistograms(types, samples);
  return {
    types,
    samples,
    value(name, labels = {}) {
      return samples
        .filter((sample) => sample.name === name && Object.entries(labels).every(([key, expected]) => sample.labels[key] === expected))
        .reduce((sum, sample) => sum + sample.value, 0);
    },
  };
}

function familyOf(name: string, types: Map<string, string>): string | undefined {
  if (types.has(name)) return name;
  for (const suffix of ['_bucket', '_sum', '_count', '_total', '_created']) {
    const base = name.endsWith(suffix) ? name.slice(0, -suffix.length) : undefined;
    if (base && types.has(base)) return base;
  }
  return undefined;
}

// As Go's strconv.ParseFloat reads them, which Prometheus uses: NaN and Inf in any case.
function parseValue(raw: string): number | undefined {
  if (/^\+?inf(inity)?$/i.test(raw)) return Infinity;
  if (/^-inf(inity)?$/i.test(raw)) return -Infinity;
  if (/^nan$/i.test(raw)) return NaN;
  return /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(raw) ? Number(raw) : undefined;
}

function parseLabels(text: string, where: string): Record<string, string> {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const start = LABEL.lastIndex;
    const match = LABEL.exec(text);
    if (!match || match.index !== start) throw new Error(`malformed labels, ${where}`);
    const [, key = '', value = ''] = match;
    if (key in labels) throw new Error(`repeated label ${key}, ${where}`);
    labels[key] = value.replace(/\\(["\\n])/g, (_all, char: string) => (char === 'n' ? '\n' : char));
  }
  return labels;
}

function checkHistograms(types: Map<string, string>, samples: Sample[]): void {
  for (const [family, type] of types) {
    if (type !== 'histogram') continue;
    const series = new Map<string, { bounds: [number, number][]; count?: number }>();
    const keyOf = (labels: Record<string, string>) =>
      JSON.stringify(Object.entries(labels).filter(([key]) => key !== 'le').sort(([a], [b]) => a.localeCompare(b)));
    for (const sample of samples) {
      if (sample.name !== `${family}_bucket` && sample.name !== `${family}_count`) continue;
      const entry = series.get(keyOf(sample.labels)) ?? { bounds: [] };
      series.set(keyOf(sample.labels), entry);
      if (sample.name.endsWith('_count')) entry.count = sample.value;
      else entry.bounds.push([sample.labels.le === '+Inf' ? Infinity : Number(sample.labels.le), sample.value]);
    }
    for (const [key, { bounds, count }] of series) {
      const last = bounds.at(-1);
      if (!last || last[0] !== Infinity || last[1] !== count) throw new Error(`histogram ${family}${key} does not end at +Inf = _count`);
      bounds.forEach(([bound, value], index) => {
        const previous = bounds[index - 1];
        if (previous && (previous[0] >= bound || previous[1] > value)) throw new Error(`histogram ${family}${key} buckets are not cumulative`);
      });
    }
  }
}
