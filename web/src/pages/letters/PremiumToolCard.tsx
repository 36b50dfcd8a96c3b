import { useId, type ReactNode } from 'react';
import { UpgradeNotice } from '../../ui/UpgradeNotice';
import type { PremiumActionState } from './premium-action';

interface PremiumToolCardProps {
  title: string;
  intro: string;
  /** Names the tool in the upgrade notice, e.g. « L’analyse ATS ». */
  feature: string;
  state: PremiumActionState;
  buttonLabel: string;
  onRun: () => void;
  /** Announced to screen readers once a run has finished. */
  doneAnnouncement: string;
  /** The latest result, when there is one. */
  children?: ReactNode;
}

/** The card of a premium letter tool run on the current version: one button, its states, its result. */
export function PremiumToolCard({ title, intro, feature, state, buttonLabel, onRun, doneAnnouncement, children }: PremiumToolCardProps) {
  const id = useId();
  const running = state.kind === 'running';
  return (
    <section className="card premium-tool" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="badge badge--premium">Premium</span>
      </h2>
      <p className="card__intro">{intro}</p>
      <button type="button" className="button" aria-disabled={running} onClick={() => running || onRun()}>
        {buttonLabel}
      </button>
      <p className="visually-hidden" role="status">
        {doneAnnouncement}
      </p>
      {state.kind === 'forbidden' && <UpgradeNotice feature={feature} announce />}
      {state.kind === 'error' && (
        <p className="status-text--error" role="alert">
          {state.message}
        </p>
      )}
      {children}
    </section>
  );
}
