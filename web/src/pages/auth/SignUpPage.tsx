import { Link, Navigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { useSession } from '../../session/SessionContext';
import { PageHeading } from '../../ui/PageHeading';
import { SignUpForm } from './SignUpForm';
import './auth.css';

export function SignUpPage() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.status === 'signedIn') return <Navigate to={paths.account} replace />;
  return (
    <div className="auth">
      <PageHeading title="Créer votre compte" />
      <p className="auth__intro">Gratuit et sans engagement. Vous choisissez ce que vous acceptez de partager, ici ou plus tard dans votre compte.</p>
      <SignUpForm />
      <p className="auth__switch">
        Déjà inscrit&#8239;? <Link to={{ pathname: paths.signIn, search: params.toString() }}>Se connecter</Link>
      </p>
    </div>
  );
}
