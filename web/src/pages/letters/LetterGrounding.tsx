import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';

const LetterGroundingFragment = graphql(`
  fragment LetterGrounding_letter on Letter {
    grounding {
      namesCompany
      namesJobTitle
      matchingSkills
      namedSkills
      mentionsCareerChange
      usesAubeAnalysis
    }
  }
`);

/** What the letter rests on, checked on its text: so the person can trust it, or fix it. */
export function LetterGrounding(props: { letter: FragmentType<typeof LetterGroundingFragment> }) {
  const { grounding } = useFragment(LetterGroundingFragment, props.letter);
  const id = useId();
  const checks: [string, boolean | null | undefined][] = [
    ['Nomme l’entreprise', grounding.namesCompany],
    ['Nomme le poste', grounding.namesJobTitle],
    ['Parle de votre reconversion', grounding.mentionsCareerChange],
    ['S’appuie sur votre diagnostic Aube', grounding.usesAubeAnalysis],
  ];
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Ce que la lettre met en avant</h2>
      <ul className="plain-list checks">
        {checks
          .filter(([, value]) => value !== null && value !== undefined)
          .map(([label, value]) => (
            <li key={label} className={value ? 'checks__yes' : 'checks__no'}>
              <span aria-hidden="true">{value ? '✓' : '✗'}</span> {label}&nbsp;: {value ? 'oui' : 'non'}
            </li>
          ))}
      </ul>
      {grounding.matchingSkills.length > 0 ? (
        <p>
          Compétences de votre CV demandées par l’offre&nbsp;: {grounding.matchingSkills.join(', ')}.{' '}
          {grounding.namedSkills.length > 0 ? `La lettre en cite ${grounding.namedSkills.length}\u00a0: ${grounding.namedSkills.join(', ')}.` : 'La lettre n’en cite aucune.'}
        </p>
      ) : (
        <p>Aucun mot-clé de l’offre n’a été retrouvé dans votre CV.</p>
      )}
    </section>
  );
}
