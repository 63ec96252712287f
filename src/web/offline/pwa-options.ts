import type { VitePWAOptions } from 'vite-plugin-pwa';

/*
 * The installable app and its service worker (vite.config.ts; ADR 0014). Workbox writes the
 * service worker at build time: every file of the build is precached under its hash, so the app
 * opens without a connection after the first visit, and a new version is installed beside the old
 * one and takes over only when the person reloads (no mix of old and new files). The API's reads
 * are kept for offline use in one cache, which signing out (and another account signing in)
 * empties (src/web/offline/clear.ts).
 *
 * The callbacks below are copied into the service worker as text: they use nothing from outside.
 */
export const THEME_COLOUR = '#1c6e5a';

export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  // The app registers the worker itself, lazily, and asks before a new version takes over.
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    id: '/',
    name: 'MUP – medarbejderudvikling',
    short_name: 'MUP',
    description: 'Medarbejderudvikling hele året: mål, læringscirkler, samtaler og feedback.',
    lang: 'da',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOUR,
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
    // The charts' chunk is the largest file; every page's code is kept, so any page opens offline.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//],
    cleanupOutdatedCaches: true,
    // The first install takes the open page at once, so it works offline without a reload; a later
    // version waits for the person's reload (register.ts).
    clientsClaim: true,
    inlineWorkboxRuntime: true,
    runtimeCaching: [
      {
        // The API's reads, from the network when it answers within a few seconds, else as last
        // read. Private notes are a write of their own (never read here) and are taken out of the
        // conversation answers before those are kept.
        urlPattern: ({ url, request, sameOrigin }) =>
          sameOrigin &&
          request.method === 'GET' &&
          url.pathname.startsWith('/api/') &&
          !/^\/api\/(health|openapi\.json)|\/private-note|\/(export|download|attachment|ics)\b/.test(
            url.pathname,
          ),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'mup-api',
          networkTimeoutSeconds: 6,
          expiration: { maxEntries: 300, maxAgeSeconds: 14 * 24 * 3600 },
          plugins: [
            {
              cacheWillUpdate: async ({ response }) => {
                if (response.status !== 200) return null;
                if (!(response.headers.get('content-type') ?? '').includes('application/json')) return null;
                const text = await response.clone().text();
                if (!text.includes('"privateNote"')) return response;
                const strip = (value: unknown): unknown => {
                  if (Array.isArray(value)) return value.map(strip);
                  if (value && typeof value === 'object') {
                    return Object.fromEntries(
                      Object.entries(value).map(([k, v]) => [k, k === 'privateNote' ? null : strip(v)]),
                    );
                  }
                  return value;
                };
                return new Response(JSON.stringify(strip(JSON.parse(text))), {
                  status: 200,
                  headers: { 'content-type': 'application/json' },
                });
              },
            },
          ],
        },
      },
    ],
  },
};
