import { Anchor, Badge, Box, Card, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../../web/i18n';
import type { PersonListItem } from '../../answers';

function useRoleLines() {
  const { t } = useI18n();
  return (p: PersonListItem) => p.memberships.map((m) => `${m.unitName} (${t(`common.roles.${m.role}`)})`);
}

function NameCell({ person }: { person: PersonListItem }) {
  const { t } = useI18n();
  return (
    <>
      <Anchor component={Link} to={`/people/${person.id}`} fw={500}>
        {person.name}
      </Anchor>
      {!person.active && (
        <Badge ml="xs" size="sm" variant="outline" color="gray">
          {t('org.people.inactive')}
        </Badge>
      )}
    </>
  );
}

/** A table on wide screens and cards on phones; both carry the same facts. */
export function PeopleList({ people }: { people: PersonListItem[] }) {
  const { t } = useI18n();
  const roleLines = useRoleLines();
  return (
    <>
      <Box visibleFrom="md">
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('org.people.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('org.people.columns.jobTitle')}</Table.Th>
              <Table.Th scope="col">{t('org.people.columns.units')}</Table.Th>
              <Table.Th scope="col">{t('org.people.columns.email')}</Table.Th>
              <Table.Th scope="col">{t('org.people.columns.employeeNumber')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <NameCell person={p} />
                </Table.Td>
                <Table.Td>{p.jobTitle}</Table.Td>
                <Table.Td>
                  {roleLines(p).map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </Table.Td>
                <Table.Td>{p.email}</Table.Td>
                <Table.Td>{p.employeeNumber}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="md" gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {people.map((p) => (
          <Card key={p.id} withBorder padding="sm" component="li">
            <div>
              <NameCell person={p} />
            </div>
            {p.jobTitle && <Text size="sm">{p.jobTitle}</Text>}
            {roleLines(p).map((line) => (
              <Text key={line} size="sm" c="gray.7">
                {line}
              </Text>
            ))}
            {p.email && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {p.email}
              </Text>
            )}
          </Card>
        ))}
      </Stack>
    </>
  );
}
