import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDateTime, plural } from '../../format/format';
import { ORIGIN_LABELS, TONE_LABELS } from './labels';

const LetterVersionsFragment = graphql(`
  fragment LetterVersions_letter on Letter {
    id
    currentVersion
    versions(first: 10) {
      number
      origin
      tone
      wordCount
      createdAt
      text
    }
  }
`);

/** Every saved state of the letter, newest first; none is ever lost. */
export function LetterVersions(props: { letter: FragmentType<typeof LetterVersionsFragment> }) {
  const letter = useFragment(LetterVersionsFragment, props.letter);
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Versions</h2>
      <ul className="plain-list versions">
        {letter.versions.map((version) => (
          <li key={version.number} className="versions__item">
            <details>
              <summary>
                Version {version.number} — {ORIGIN_LABELS[version.origin]}, ton {TONE_LABELS[version.tone].toLowerCase()}, {plural(version.wordCount, 'mot', 'mots')}, le{' '}
                {formatDateTime(version.createdAt)}
                {version.number === letter.currentVersion && <span className="badge badge--success versions__current">actuelle</span>}
              </summary>
              <p className="versions__text">{version.text}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
