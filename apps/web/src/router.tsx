import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

const NAVIGATE_EVENT = 'app:navigate';

export function navigate(path: string, replace = false): void {
  if (path === window.location.pathname + window.location.search) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current pathname; re-renders on pushState navigation and back/forward. */
export function usePathname(): string {
  const [pathname, setPathname] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPathname(window.location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, []);
  return pathname;
}

interface LinkProps {
  to: string;
  children: ReactNode;
  className?: string;
}

/** An ordinary link that navigates without reloading the page. */
export function Link({ to, children, className }: LinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  const current = window.location.pathname === to ? 'page' : undefined;
  return (
    <a href={to} onClick={onClick} className={className} aria-current={current}>
      {children}
    </a>
  );
}
