import { Link, NavLink } from 'react-router';
import { paths } from '../app/paths';
import { isAdmin } from '../session/access';
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
              <NavLink to={paths.aube} className="nav__link">
                Explorer mon métier
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
  const pricing = (
    <li>
      <NavLink to={paths.pricing} className="nav__link">
        Tarifs
      </NavLink>
    </li>
  );
  if (session.status === 'unknown') return pricing;
  if (session.status === 'signedIn') {
    return (
      <>
        <li>
          <NavLink to={paths.letters} className="nav__link">
            Lettres
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.rise} className="nav__link">
            Rise
          </NavLink>
        </li>
        {pricing}
        {isAdmin(session.user) && (
          <li>
            <NavLink to={paths.admin} className="nav__link">
              Administration
            </NavLink>
          </li>
        )}
        <li>
          <NavLink to={paths.account} className="nav__link">
            Mon compte
          </NavLink>
        </li>
      </>
    );
  }
  return (
    <>
      {pricing}
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
