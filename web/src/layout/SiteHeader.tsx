import { Link, NavLink } from 'react-router';
import { paths } from '../app/paths';
import { useSession } from '../session/SessionContext';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.home} className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>Phoenix</span>
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="nav">
            <li>
              <NavLink to={paths.home} end className="nav__link">
                Accueil
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.pricing} className="nav__link">
                Tarifs
              </NavLink>
            </li>
            <SessionLinks />
          </ul>
        </nav>
      </div>
    </header>
  );
}

function SessionLinks() {
  const session = useSession();
  if (session.status === 'unknown') return null;
  if (session.status === 'signedIn') {
    return (
      <li>
        <NavLink to={paths.account} className="nav__link">
          Mon compte
        </NavLink>
      </li>
    );
  }
  return (
    <>
      <li>
        <NavLink to={paths.signIn} className="nav__link">
          Se connecter
        </NavLink>
      </li>
      <li>
        <NavLink to={paths.signUp} className="nav__link nav__link--cta">
          Créer un compte
        </NavLink>
      </li>
    </>
  );
}
