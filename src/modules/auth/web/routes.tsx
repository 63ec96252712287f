import { createRoute, redirect, type AnyRoute } from '@tanstack/react-router';
import type { RouterContext } from '../../../web/router';
const ForgotPasswordPage = lazyPage(() => import('./forgot-password-page'), 'ForgotPasswordPage');
import { validateLoginSearch } from './login-search';
const LoginPage = lazyPage(() => import('./login-page'), 'LoginPage');
import { currentMe, safeNext } from './navigation';
import { lazyPage } from '../../../web/lib/lazy-page';
import { textParam } from '../../../web/lib/search-params';
const SetPasswordPage = lazyPage(() => import('./set-password-page'), 'SetPasswordPage');
const SettingsPage = lazyPage(() => import('./settings-page'), 'SettingsPage');

/** Pages anyone can open: sign-in, forgotten password, set a password from a mailed link. */
export function authPublicRoutes(root: AnyRoute): AnyRoute[] {
  const login = createRoute({
    getParentRoute: () => root,
    path: '/login',
    validateSearch: validateLoginSearch,
    // Someone already signed in goes straight on to where they were headed.
    beforeLoad: async ({ context, search }) => {
      const me = await currentMe((context as RouterContext).queryClient);
      if (me) throw redirect({ href: safeNext((search as { next?: string }).next) });
    },
    component: LoginPage,
  });
  const forgot = createRoute({
    getParentRoute: () => root,
    path: '/forgot-password',
    validateSearch: (search: Record<string, unknown>) => ({ org: textParam(search, 'org', 60) }),
    component: ForgotPasswordPage,
  });
  const setPassword = createRoute({
    getParentRoute: () => root,
    path: '/set-password',
    validateSearch: (search: Record<string, unknown>) => ({ token: textParam(search, 'token', 500) }),
    component: SetPasswordPage,
  });
  return [login, forgot, setPassword];
}

/** Pages for the signed-in person: settings. */
export function authAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/settings', component: SettingsPage })];
}
