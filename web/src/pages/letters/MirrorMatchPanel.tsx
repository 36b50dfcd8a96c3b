import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatPercent } from '../../format/format';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { UpgradeNotice } from '../../ui/UpgradeNotice';
import { longTextError } from './inputs';
import { COMMUNICATION_LABELS, ENVIRONMENT_LABELS, INNOVATION_LABELS, LEADERSHIP_LABELS, TONE_LABELS } from './labels';
import { usePremiumAction } from './premium-action';

const MirrorMatchResultFragment = graphql(`
  fragment MirrorMatchResult_culture on CompanyCulture {
    id
    company
    communicationStyle
    workEnvironment
    leadershipStyle
    innovationLevel
    confidence
    recommendedTone
    signals {
      dimension
      value
      cue
    }
    explanation
  }
`);

const MirrorMatchMutation = graphql(`
  mutation MirrorMatch($input: MirrorMatchInput!) {
    mirrorMatch(input: $input) {
      id
      ...MirrorMatchResult_culture
    }
  }
`);

/** Premium: the company culture the offer shows, and the tone the letter should take. */
export function MirrorMatchPanel({ letterId, company }: { letterId: string; company: string }) {
  const [match] = useMutation(MirrorMatchMutation);
  const [result, setResult] = useState<FragmentType<typeof MirrorMatchResultFragment>>();
  const [offerError, setOfferError] = useState<string>();
  const { state, run, running } = usePremiumAction();
  const id = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (running) return;
    const form = new FormData(event.currentTarget);
    const offerText = String(form.get('offerText') ?? '');
    const problem = longTextError(offerText, 'L’offre');
    setOfferError(problem);
    if (problem) return;
    void run(async () => {
      const { data } = await match({ variables: { input: { offerText: offerText.trim(), company: String(form.get('company') ?? company).trim(), letterId } } });
      if (data) setResult(data.mirrorMatch);
    });
  }

  return (
    <section className="card premium-tool" aria-labelledby={id}>
      <h2 id={id}>
        Mirror Match <span className="badge badge--premium">Premium</span>
      </h2>
      <p className="card__intro">La culture de l’entreprise lue dans son annonce (style, environnement, management, innovation) et le ton à adopter.</p>
      <form noValidate onSubmit={submit}>
        <TextField label="Entreprise" name="company" defaultValue={company} maxLength={200} />
        <TextAreaField label="Texte de l’offre à analyser" name="offerText" rows={5} error={offerError} hint="Collez l’annonce (50 caractères au moins)." />
        <button type="submit" className="button" aria-disabled={running}>
          {running ? 'Lecture de l’offre…' : 'Décoder la culture de l’entreprise'}
        </button>
      </form>
      <p className="visually-hidden" role="status">
        {result ? 'Culture de l’entreprise décodée.' : ''}
      </p>
      {state.kind === 'forbidden' && <UpgradeNotice feature="Mirror Match" announce />}
      {state.kind === 'error' && (
        <p className="status-text--error" role="alert">
          {state.message}
        </p>
      )}
      {result && <MirrorMatchResult culture={result} />}
    </section>
  );
}

function MirrorMatchResult(props: { culture: FragmentType<typeof MirrorMatchResultFragment> }) {
  const culture = useFragment(MirrorMatchResultFragment, props.culture);
  return (
    <div className="premium-tool__result">
      <dl className="details">
        <dt>Communication</dt>
        <dd>{COMMUNICATION_LABELS[culture.communicationStyle]}</dd>
        <dt>Environnement</dt>
        <dd>{ENVIRONMENT_LABELS[culture.workEnvironment]}</dd>
        <dt>Management</dt>
        <dd>{LEADERSHIP_LABELS[culture.leadershipStyle]}</dd>
        <dt>Innovation</dt>
        <dd>{INNOVATION_LABELS[culture.innovationLevel]}</dd>
        <dt>Ton conseillé</dt>
        <dd>{TONE_LABELS[culture.recommendedTone]}</dd>
        <dt>Confiance</dt>
        <dd>{formatPercent(culture.confidence)}</dd>
      </dl>
      <p>{culture.explanation}</p>
      {culture.signals.length > 0 && (
        <>
          <h3>Indices relevés dans l’offre</h3>
          <ul>
            {culture.signals.map((signal, index) => (
              <li key={index}>«&#8239;{signal.cue}&#8239;»</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
