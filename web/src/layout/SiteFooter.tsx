export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Phoenix — reconversion professionnelle, IA explicable et données protégées (RGPD).</p>
    </footer>
  );
}
