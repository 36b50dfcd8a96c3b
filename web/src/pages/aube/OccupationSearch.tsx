import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { graphql } from '../../__generated__';
import { ErrorState } from '../../ui/ErrorState';
import '../../ui/form.css';

const OccupationSearchQuery = graphql(`
  query OccupationSearch($search: String!) {
    occupations(search: $search, first: 8) {
      code
      title
    }
  }
`);

const DEBOUNCE_MS = 300;

export interface ChosenOccupation {
  code: string;
  title: string;
}

/**
 * Finds the person's job in the ROME catalogue as they type (title, job title or code), and
 * lets them pick one result: a radio group, which every keyboard and screen reader knows.
 */
export function OccupationSearch({ value, onChange, error }: { value: ChosenOccupation | undefined; onChange: (occupation: ChosenOccupation) => void; error?: string }) {
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const skip = search.length < 2;
  const { data, previousData, loading, error: searchError, refetch } = useQuery(OccupationSearchQuery, { variables: { search }, skip });
  const results = (data ?? previousData)?.occupations ?? [];

  return (
    <div className="occupation-search">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-input`}>
          Votre métier actuel
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          Un intitulé (par exemple «&#8239;comptable&#8239;») ou un code ROME (M1203).
        </p>
        <input
          id={`${id}-input`}
          className="field__input"
          type="search"
          autoComplete="off"
          value={text}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        {error && (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {skip ? '' : loading ? 'Recherche en cours…' : `${results.length} métier${results.length > 1 ? 's' : ''} trouvé${results.length > 1 ? 's' : ''}.`}
      </p>
      {searchError && !skip && <ErrorState error={searchError} title="La recherche n’a pas abouti" onRetry={() => void refetch()} />}
      {!skip && !loading && !searchError && results.length === 0 && <p>Aucun métier ne correspond à «&#8239;{search}&#8239;». Essayez un autre mot.</p>}
      {results.length > 0 && !skip && (
        <fieldset className="choices">
          <legend className="field__label">Choisissez votre métier dans la liste</legend>
          <ul className="occupation-search__results">
            {results.map((occupation) => (
              <li key={occupation.code}>
                <label className="choice">
                  <input
                    type="radio"
                    name={`${id}-occupation`}
                    value={occupation.code}
                    checked={value?.code === occupation.code}
                    onChange={() => onChange({ code: occupation.code, title: occupation.title })}
                  />
                  <span>
                    {occupation.title} <span className="muted">({occupation.code})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {value && (
        <p className="occupation-search__chosen">
          Métier choisi&nbsp;: <strong>{value.title}</strong> ({value.code})
        </p>
      )}
    </div>
  );
}
