import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useSession } from '../../session/SessionContext';
import { PageHeading } from '../../ui/PageHeading';
import './home.css';

export function HomePage() {
  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-title">
        <p className="hero__eyebrow">Reconversion professionnelle, 35–50&nbsp;ans</p>
        <PageHeading id="hero-title" title="Faites de l’IA un atout pour votre reconversion" />
        <p className="hero__lead">
          Comprenez comment l’intelligence artificielle transforme votre métier, identifiez les compétences qui vous protègent et construisez
          votre nouveau projet, accompagné à chaque étape.
        </p>
        <HomeActions />
      </section>
      <section className="pillars" aria-labelledby="pillars-title">
        <h2 id="pillars-title">Ce que Phoenix vous apporte</h2>
        <ul className="pillars__list">
          <li>
            <h3>Un diagnostic expliqué</h3>
            <p>Un score de résilience de votre métier face à l’automatisation, avec ses sources et son raisonnement, à trois niveaux de détail.</p>
          </li>
          <li>
            <h3>Des candidatures solides</h3>
            <p>Des lettres de motivation adaptées à l’offre et à l’entreprise, qui valorisent vos compétences transférables.</p>
          </li>
          <li>
            <h3>Un accompagnement dans la durée</h3>
            <p>Un journal, des objectifs et un coach pour garder le cap pendant la transition, avec un humain dans la boucle.</p>
          </li>
        </ul>
        <p className="pillars__trust">
          Transparence radicale&nbsp;: chaque résultat est expliqué, et vos données restent les vôtres, conformément au RGPD.
        </p>
      </section>
    </div>
  );
}

function HomeActions() {
  const session = useSession();
  return (
    <div className="hero__actions">
      <Link to={paths.aube} className="button button--large">
        Évaluer mon métier face à l’IA
      </Link>
      {session.status === 'signedIn' ? (
        <Link to={paths.letters} className="button button--secondary button--large">
          Mes lettres de motivation
        </Link>
      ) : (
        <Link to={paths.signUp} className="button button--secondary button--large">
          Créer un compte gratuit
        </Link>
      )}
      <Link to={paths.pricing} className="button button--secondary button--large">
        Voir les offres
      </Link>
    </div>
  );
}
