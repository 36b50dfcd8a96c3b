import { Link } from 'react-router';
import { paths } from '../app/paths';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Phoenix — reconversion professionnelle, IA explicable et données protégées (RGPD).</p>
      <p>
        <Link to={paths.systemHealth}>État du service</Link>
      </p>
    </footer>
  );
}
