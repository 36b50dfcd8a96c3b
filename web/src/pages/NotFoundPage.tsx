import { Link } from 'react-router';
import { paths } from '../app/paths';
import { PageHeading } from '../ui/PageHeading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page introuvable" />
      <p>Cette adresse ne correspond à aucune page de Phoenix. Elle a peut-être changé ou été mal saisie.</p>
      <p>
        <Link to={paths.home}>Retourner à l’accueil</Link>
      </p>
    </>
  );
}
