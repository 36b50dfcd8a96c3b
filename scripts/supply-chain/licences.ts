/** A CycloneDX component as far as the licence check reads it. */
export interface SbomComponent {
  group?: string;
  name: string;
  version?: string;
  licenses?: { license?: { id?: string; name?: string }; expression?: string }[];
  components?: SbomComponent[];
}

export interface LicencePolicy {
  allowed: string[];
  reviewed: { name: string; licence: string; reason: string }[];
  ownScopes: string[];
}

export interface LicenceProblem {
  package: string;
  licences: string[];
}

/** Every component of the SBOM, nested ones included. */
export function flattenComponents(components: readonly SbomComponent[]): SbomComponent[] {
  return components.flatMap((component) => [component, ...flattenComponents(component.components ?? [])]);
}

function packageName(component: SbomComponent): string {
  return component.group ? `${component.group}/${component.name}` : component.name;
}

function licencesOf(component: SbomComponent): string[] {
  return (component.licenses ?? []).map((entry) => entry.expression ?? entry.license?.id ?? entry.license?.name ?? '').filter((value) => value !== '');
}

/** True when an SPDX expression is satisfied by the allowed ids (AND binds tighter than OR). */
export function expressionAllowed(expression: string, allowed: ReadonlySet<string>): boolean {
  const bare = expression.replace(/[()]/g, ' ').trim();
  return bare.split(/\s+OR\s+/).some((alternative) =>
    alternative
      .split(/\s+AND\s+/)
      .map((id) => id.trim().replace(/\+$/, ''))
      .every((id) => allowed.has(id)),
  );
}

/** The production dependencies whose licence is neither allowed nor a reviewed exception. */
export function licenceProblems(components: readonly SbomComponent[], policy: LicencePolicy): LicenceProblem[] {
  const allowed = new Set(policy.allowed);
  const problems: LicenceProblem[] = [];
  for (const component of flattenComponents(components)) {
    if (component.group && policy.ownScopes.includes(component.group)) continue;
    const name = packageName(component);
    const licences = licencesOf(component);
    const review = policy.reviewed.find((entry) => entry.name === name);
    if (review && (licences.length === 0 || licences.every((licence) => licence === review.licence))) continue;
    if (licences.length > 0 && licences.every((licence) => expressionAllowed(licence, allowed))) continue;
    problems.push({ package: `${name}@${component.version ?? '?'}`, licences });
  }
  return problems;
}
