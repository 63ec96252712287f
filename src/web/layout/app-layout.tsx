import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { post } from '../lib/api';
import { useMe } from '../lib/session';
import { LanguageSwitch } from './language-switch';
import { activeNavEntry, NAV_GROUPS, NAV_ITEMS } from './nav-items';
import { NavSectionContext } from './nav-section';
import { OfflinePanel } from '../offline/offline-panel';
import { useOfflineSignOut } from '../offline/sign-out';

export function AppLayout() {
  const { t, locale, setLocale } = useI18n();
  const { data: me } = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The entry the page on screen says it belongs under (useNavSection), when its path cannot tell.
  const [section, setSection] = useState<string | null>(null);

  // The account's saved language wins once after sign-in, unless this device already chose one.
  useEffect(() => {
    if (me && !localStorage.getItem('mup.locale') && me.person.locale !== locale) setLocale(me.person.locale);
  }, [me, locale, setLocale]);

  useEffect(close, [pathname, close]);

  const signOut = async () => {
    await post('/auth/sign-out').catch(() => undefined);
    queryClient.clear();
    await navigate({ to: '/login' });
  };
  // Asks first when something written offline is not sent yet; clears the device of the person.
  const offlineSignOut = useOfflineSignOut(me?.person.id ?? '', signOut);

  if (!me) return null;
  const signOutStart = () => void offlineSignOut.start();

  const items = NAV_ITEMS.filter((item) => item.visible(me));
  const active = activeNavEntry(pathname, items, { personId: me.person.id, section });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('common.nav.menu')}
            />
            <Anchor component={Link} to="/" underline="never" c="teal.9">
              <Title order={1} size="h3">
                {t('common.appName')}
              </Title>
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="xs" truncate>
              {me.organisation.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch signedIn />
            {/* The person and sign-out sit here from the sm breakpoint up, so the menu column below
                keeps its whole height for the entries; the phone's menu keeps them at its end. */}
            <Text size="sm" fw={500} truncate maw={200} visibleFrom="md">
              {me.person.name}
            </Text>
            <Button variant="default" size="xs" visibleFrom="sm" onClick={signOutStart}>
              {t('common.nav.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('common.nav.main')} component="nav">
        <Stack gap={0} style={{ flex: 1, overflowY: 'auto' }}>
          {NAV_GROUPS.map((group) => {
            const groupItems = items.filter((item) => item.group === group);
            if (groupItems.length === 0) return null;
            const heading = group === 'start' ? null : t(`common.nav.groups.${group}`);
            return (
              <Stack key={group} gap={0} mt={heading ? 4 : 0} role="group" aria-label={heading ?? undefined}>
                {heading && (
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" lh={1.4} aria-hidden>
                    {heading}
                  </Text>
                )}
                {groupItems.map((item) => (
                  <NavLink
                    key={item.to}
                    className="mup-nav-link"
                    component={Link}
                    to={item.to}
                    // The router marks a link current on its own (any path under it, too): only on
                    // its exact page here, which activeNavEntry agrees with, so one entry is current.
                    activeOptions={{ exact: true, includeSearch: false }}
                    label={t(item.label)}
                    active={item.to === active}
                    aria-current={item.to === active ? 'page' : undefined}
                  />
                ))}
              </Stack>
            );
          })}
        </Stack>
        <Stack gap="xs" mt="md" hiddenFrom="sm">
          <Text size="sm" fw={500} truncate>
            {me.person.name}
          </Text>
          <Button variant="default" onClick={signOutStart}>
            {t('common.nav.signOut')}
          </Button>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ flex: 1 }}>
          <OfflinePanel personId={me.person.id} />
          <NavSectionContext.Provider value={setSection}>
            <Outlet />
          </NavSectionContext.Provider>
        </div>
        {/* In the flow rather than fixed, so it never covers content on a small screen. */}
        <Group
          component="footer"
          gap="md"
          mt="xl"
          pt="sm"
          className="no-print"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Text size="xs" c="dimmed">
            {t('common.appTagline')}
          </Text>
          {me.organisation.accessibilityUrl && (
            <Anchor size="xs" href={me.organisation.accessibilityUrl}>
              {t('common.footer.accessibility')}
            </Anchor>
          )}
        </Group>
      </AppShell.Main>
      {offlineSignOut.modal}
    </AppShell>
  );
}
