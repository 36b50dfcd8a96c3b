import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import ts from 'typescript';
import { repoRoot } from '@phoenix/config';
import { deployables, healthTargets, readYamlDocuments } from './support/deployables.js';

// Kubernetes manifests, validated offline against the API's schemas as the npm package
// kubernetes-models ships them (JSON Schema validators compiled from the OpenAPI spec), and
// against its TypeScript types, which also refuse fields the API does not define.

const K8S = join(repoRoot, 'deploy', 'k8s');
const SECRET_NAME = 'phoenix-secrets';
const SECRET_LIKE = /(KEY|SECRET|TOKEN|PASSWORD|PEPPER|DATABASE_URL|REDIS_URL)/;

interface Manifest {
  file: string;
  object: K8sObject;
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
interface Container {
  name: string;
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}
interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: { containers: Container[] };
}

let manifests: Manifest[];
const files = readdirSync(K8S).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml');

beforeAll(() => {
  manifests = files.flatMap((file) => readYamlDocuments(join(K8S, file)).map((object) => ({ file, object: object as unknown as K8sObject })));
});

const modelPath = (object: K8sObject) => `kubernetes-models/${object.apiVersion}/${object.kind}`;
const named = (kind: string, name: string) => manifests.find(({ object }) => object.kind === kind && object.metadata.name === name)?.object;
const podTemplate = (deployment: K8sObject) => (deployment.spec as { template: PodTemplate }).template;
const configMap = () => named('ConfigMap', 'phoenix-config')?.data ?? {};

describe('Kubernetes manifests', () => {
  it('are valid objects of the Kubernetes API (kubernetes-models schemas)', async () => {
    expect(manifests.length).toBeGreaterThan(0);
    for (const { file, object } of manifests) {
      const module = (await import(modelPath(object))) as Record<string, new (data: unknown) => { validate(): void }>;
      const Model = module[object.kind];
      if (!Model) throw new Error(`${file}: no model for ${object.apiVersion} ${object.kind}`);
      expect(() => new Model(object).validate()).not.toThrow();
    }
  });

  it('use no field the API does not define (the models’ types, checked by the TypeScript compiler)', () => {
    const source = manifests
      .map(({ object }, index) => `import type { I${object.kind} as T${index} } from '${modelPath(object)}';\nexport const m${index}: T${index} = ${JSON.stringify(object)};`)
      .join('\n');
    const fileName = join(repoRoot, 'deploy', 'test', 'manifests.virtual.ts');
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const readSource = host.getSourceFile.bind(host);
    const exists = host.fileExists.bind(host);
    host.getSourceFile = (name, language, ...rest) => (name === fileName ? ts.createSourceFile(name, source, language) : readSource(name, language, ...rest));
    host.fileExists = (name) => name === fileName || exists(name);
    const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram([fileName], options, host));
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  }, 30_000);

  it('are all listed in kustomization.yaml, all in the phoenix namespace', () => {
    const [kustomization] = readYamlDocuments(join(K8S, 'kustomization.yaml')) as [{ resources: string[] }];
    expect([...kustomization.resources].sort()).toEqual([...files].sort());
    for (const { object } of manifests) {
      if (object.kind !== 'Namespace') expect(object.metadata.namespace).toBe('phoenix');
    }
  });

  it('give every service a Deployment with probes and resources, a Service, an autoscaler and a disruption budget', () => {
    for (const service of deployables()) {
      const deployment = named('Deployment', service.name);
      expect(deployment).toBeDefined();
      if (!deployment) continue;
      const template = podTemplate(deployment);
      const selector = (deployment.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels;
      expect(template.metadata.labels).toMatchObject(selector);
      const [container] = template.spec.containers as [Container];
      expect(container.env?.find((e) => e.name === 'SERVICE')?.value).toBe(service.name);
      expect(container.ports?.[0]).toMatchObject({ name: 'http', containerPort: service.port });
      expect(container.livenessProbe?.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(container.readinessProbe?.httpGet?.path).toBe(service.subgraph ? '/health/ready' : '/health/live');
      expect(container.resources?.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
      expect(container.resources?.limits?.memory).toEqual(expect.any(String));
      expect(container.envFrom).toEqual([{ configMapRef: { name: 'phoenix-config' } }]);
      if (service.subgraph) expect(configMap()[`${service.stem}_PORT`]).toBe(String(service.port));

      const k8sService = named('Service', service.name);
      expect((k8sService?.spec as { selector: Record<string, string> }).selector).toEqual(selector);
      expect((k8sService?.spec as { ports: { port: number; targetPort: string }[] }).ports).toEqual([expect.objectContaining({ port: service.port, targetPort: 'http' })]);
      const hpa = named('HorizontalPodAutoscaler', service.name)?.spec as { scaleTargetRef: { kind: string; name: string }; minReplicas: number };
      expect(hpa.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: service.name });
      expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
      const pdb = named('PodDisruptionBudget', service.name)?.spec as { selector: { matchLabels: Record<string, string> } };
      expect(pdb.selector.matchLabels).toEqual(selector);
    }
  });

  it('reference secrets and never inline them', () => {
    expect(manifests.filter(({ object }) => object.kind === 'Secret')).toEqual([]);
    for (const key of Object.keys(configMap())) expect(key).not.toMatch(SECRET_LIKE);
    for (const deployment of manifests.filter(({ object }) => object.kind === 'Deployment').map(({ object }) => object)) {
      for (const variable of podTemplate(deployment).spec.containers.flatMap((container) => container.env ?? [])) {
        if (!SECRET_LIKE.test(variable.name)) continue;
        expect({ name: variable.name, value: variable.value }).toEqual({ name: variable.name, value: undefined });
        expect(variable.valueFrom?.secretKeyRef).toEqual({ name: SECRET_NAME, key: variable.name, ...('optional' in (variable.valueFrom?.secretKeyRef ?? {}) ? { optional: true } : {}) });
      }
    }
  });

  it('let only the gateway reach the subgraphs (with the read-only health and scrape exceptions)', () => {
    const policies = manifests.filter(({ object }) => object.kind === 'NetworkPolicy').map(({ object }) => object.spec as Record<string, unknown>);
    expect(policies).toContainEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    const subgraphPolicies = policies.filter((spec) => (spec.podSelector as { matchLabels?: Record<string, string> }).matchLabels?.['app.kubernetes.io/component'] === 'subgraph');
    expect(subgraphPolicies).toHaveLength(1);
    const sources = (subgraphPolicies[0]?.ingress as { from: Record<string, unknown>[] }[]).flatMap((rule) => rule.from);
    expect(sources).toEqual([
      { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } },
      { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'agents' } } },
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } },
    ]);
    for (const service of deployables()) {
      const labels = podTemplate(named('Deployment', service.name) as K8sObject).metadata.labels;
      expect(labels['app.kubernetes.io/component']).toBe(service.subgraph ? 'subgraph' : 'gateway');
    }
  });

  it('route the gateway and System Health to every subgraph’s Service', () => {
    const config = configMap();
    const targets = healthTargets(config.AGENTS_HEALTH_TARGETS ?? '');
    for (const service of deployables()) {
      expect(targets.has(service.name)).toBe(true);
      if (!service.subgraph) continue;
      expect(config[`SUBGRAPH_${service.stem}_URL`]).toBe(`http://${service.name}:${service.port}/graphql`);
    }
  });
});
