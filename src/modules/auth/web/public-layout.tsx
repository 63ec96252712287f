import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../web/i18n';
import { LanguageSwitch } from '../../../web/layout/language-switch';
import { readableColors } from './readable';

/** The frame of the pages used before signing in: the app's name (h1), the language and one card. */
export function PublicLayout({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Box mih="100dvh" bg="gray.0" px="md" py="lg" style={readableColors}>
      <Group justify="flex-end" component="header">
        <LanguageSwitch signedIn={false} />
      </Group>
      <Center component="main" id="main" mt={{ base: 'md', sm: 48 }}>
        <Stack w="100%" maw={420} gap="lg">
          <Stack gap={2} align="center">
            <Title order={1} c="teal.9">
              {t('common.appName')}
            </Title>
            <Text c="gray.7" size="sm" ta="center">
              {t('common.appTagline')}
            </Text>
          </Stack>
          <Paper withBorder shadow="xs" radius="md" p={{ base: 'md', sm: 'xl' }}>
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={2} size="h3">
                  {title}
                </Title>
                {subtitle && (
                  <Text c="gray.7" size="sm">
                    {subtitle}
                  </Text>
                )}
              </Stack>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
