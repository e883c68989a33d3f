import type { Role } from '@relance/shared';

/** A page of the dashboard, as the URL hash names it. */
export type Route =
  | { page: 'review' }
  | { page: 'worklist' }
  | { page: 'customers'; q: string }
  | { page: 'customer'; id: string }
  | { page: 'promises' }
  | { page: 'disputes' }
  | { page: 'figures' }
  | { page: 'admin' }
  | { page: 'not_found' };

/** Reads a location hash such as `#/customers/42`. */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = parts;
  if (!head) return { page: 'review' };
  if (head === 'customers' && id) return { page: 'customer', id };
  if (head === 'customers')
    return { page: 'customers', q: new URLSearchParams(search).get('q') ?? '' };
  if (
    head === 'review' ||
    head === 'worklist' ||
    head === 'promises' ||
    head === 'disputes' ||
    head === 'figures' ||
    head === 'admin'
  ) {
    return { page: head };
  }
  return { page: 'not_found' };
}

/** The hash of a route. */
export function hrefOf(route: Route): string {
  if (route.page === 'customer') return `#/customers/${encodeURIComponent(route.id)}`;
  if (route.page === 'customers')
    return route.q ? `#/customers?q=${encodeURIComponent(route.q)}` : '#/customers';
  return `#/${route.page}`;
}

/** The least role that may open a page; collectors see their own work and worklist only. */
export function minimumRole(route: Route): Role {
  switch (route.page) {
    case 'admin':
      return 'admin';
    case 'promises':
    case 'disputes':
    case 'figures':
    case 'customers':
    case 'customer':
      return 'manager';
    default:
      return 'collector';
  }
}

const RANK: Record<Role, number> = { collector: 0, manager: 1, admin: 2 };

/** True when a role may open a page. */
export function mayOpen(role: Role, route: Route): boolean {
  return RANK[role] >= RANK[minimumRole(route)];
}
