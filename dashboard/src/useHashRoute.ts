import { useEffect, useState } from 'react';
import { parseRoute } from './routes.ts';
import type { Route } from './routes.ts';

/** The route of the location hash, following its changes. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
