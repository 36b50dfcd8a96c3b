import { Link, Navigate, useSearchParams } from 'react-router';
import { paths, safeReturnPath } from '../../app/paths';
import { useSession } from '../../session/SessionContext';
import { PageHeading } from '../../ui/PageHeading';
import { SignInForm } from './SignInForm';
import './auth.css';

export function SignInPage() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.status === 'signedIn') return <Navigate to={safeReturnPath(params.get('retour'))} replace />;
  return (
    <div className="auth">
      <PageHeading title="Se connecter" />
      <SignInForm />
      <p className="auth__switch">
        Pas encore de compte&#8239;? <Link to={{ pathname: paths.signUp, search: params.toString() }}>Créer un compte</Link>
      </p>
    </div>
  );
}
