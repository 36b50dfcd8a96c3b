import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * The page's single h1, also the document title. After a client-side navigation it takes
 * focus, which is how keyboard and screen reader users learn the page changed; on the first
 * load (React Router's `default` location key) focus stays at the top of the document.
 */
export function PageHeading({ title, id, children }: { title: string; id?: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useEffect(() => {
    if (key !== 'default') ref.current?.focus();
  }, [key]);
  return (
    <>
      <title>{`${title} — Phoenix`}</title>
      <h1 ref={ref} id={id} className="page-heading" tabIndex={-1}>
        {children ?? title}
      </h1>
    </>
  );
}
