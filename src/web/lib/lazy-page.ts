import { lazyRouteComponent } from '@tanstack/react-router';

type Preloadable = { preload?: () => Promise<void> };

/**
 * A page in a chunk of its own, fetched on the first visit to its route (or when a link to it is
 * hovered), so the sign-in page and the start page load only what they show. The router fetches
 * the chunk before it shows the route; a route component that renders it says so with
 * `preloading`.
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): M[K] & Preloadable {
  return lazyRouteComponent(load, name) as unknown as M[K] & Preloadable;
}

/** A route component rendering lazy pages: the router fetches their chunks before showing it. */
export function preloading<C extends object>(component: C, ...pages: Preloadable[]): C & Preloadable {
  return Object.assign(component, {
    preload: async () => {
      await Promise.all(pages.map((page) => page.preload?.()));
    },
  });
}
