import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { del, post } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { LoadError, Loading } from '../../../web/components/states';
import type { Attachment, AttachmentsAnswer, PackageSummary } from '../answers';
import { libraryKeys, useAttachments, usePackages, useSearch } from './api';
import { PackageBadges, Snippet, packageHref } from './package-bits';

/**
 * The packages attached to a conversation, a team meeting or a frame, for the owning module's page.
 * Whoever sees the page sees them; whoever may change the thing attaches, removes and takes in an
 * update, which shows the change notes and the changed lines until someone does.
 */
export function AttachedPackages({
  entityKind,
  entityId,
  headingLevel = 2,
}: {
  entityKind: string;
  entityId: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useI18n();
  const query = useAttachments(entityKind, entityId);
  const [adding, setAdding] = useState(false);
  const headingId = `attached-${entityKind}-${entityId}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={headingLevel} size="h4" id={headingId}>
          {t('library.attached.title')}
        </Title>
        {query.data?.can.attach && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('library.attached.add')}
          </Button>
        )}
      </Group>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.attachments.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('library.attached.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {query.data.attachments.map((a) => (
            <AttachmentCard
              key={a.id}
              a={a}
              canChange={query.data.can.attach}
              entityKind={entityKind}
              entityId={entityId}
            />
          ))}
        </Stack>
      )}
      {query.data?.can.attach && (
        <AttachModal
          opened={adding}
          onClose={() => setAdding(false)}
          entityKind={entityKind}
          entityId={entityId}
          attached={query.data.attachments.map((a) => a.package)}
        />
      )}
    </Stack>
  );
}

const samePackage = (a: PackageSummary, b: PackageSummary) =>
  a.id ? a.id === b.id : a.builtInKey === b.builtInKey;

function useSetAttachments(entityKind: string, entityId: string) {
  const queryClient = useQueryClient();
  return (answer: AttachmentsAnswer) =>
    queryClient.setQueryData(libraryKeys.attachments(entityKind, entityId), answer);
}

function AttachmentCard({
  a,
  canChange,
  entityKind,
  entityId,
}: {
  a: Attachment;
  canChange: boolean;
  entityKind: string;
  entityId: string;
}) {
  const { t } = useI18n();
  const set = useSetAttachments(entityKind, entityId);
  const detach = useMutation({
    mutationFn: () => del<AttachmentsAnswer>(`/library/attachments/${a.id}`),
    onSuccess: (answer) => {
      set(answer);
      notifySuccess(t('library.attached.detached'));
    },
  });
  const take = useMutation({
    mutationFn: () => post<AttachmentsAnswer>(`/library/attachments/${a.id}/take-update`),
    onSuccess: (answer) => {
      set(answer);
      notifySuccess(t('library.attached.taken'));
    },
  });
  const error = detach.error ?? take.error;
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={4}>
            <Anchor component={Link} to={packageHref(a.package)} fw={600}>
              {a.package.title}
            </Anchor>
            <PackageBadges p={a.package} />
            {a.attachedBy && (
              <Text size="xs" c="gray.7">
                {t('library.attached.by', { name: a.attachedBy })}
              </Text>
            )}
          </Stack>
          {canChange && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('library.attached.detach', { title: a.package.title })}
              onClick={() => detach.mutate()}
              loading={detach.isPending}
            >
              ×
            </ActionIcon>
          )}
        </Group>
        {a.update && (
          <Alert
            color="yellow"
            title={t('library.attached.updated', {
              title: a.package.title,
              from: a.update.from,
              to: a.update.to,
            })}
          >
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('library.attached.notes')}
              </Text>
              <ul style={{ margin: 0 }}>
                {a.update.notes.map((n) => (
                  <li key={n.version}>
                    <Text size="sm">{n.changeNote}</Text>
                  </li>
                ))}
              </ul>
              <Text size="sm" fw={600}>
                {t('library.attached.lines')}
              </Text>
              <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {a.update.lines.map((line, i) =>
                  line.op === 'same' ? (
                    <Text key={i} size="sm" component="li" c="gray.8">
                      {line.text}
                    </Text>
                  ) : (
                    <Text key={i} size="sm" component="li" c="dark">
                      {line.op === 'added' ? (
                        <ins>{`${t('library.attached.added')}: ${line.text}`}</ins>
                      ) : (
                        <del>{`${t('library.attached.removed')}: ${line.text}`}</del>
                      )}
                    </Text>
                  ),
                )}
              </Stack>
              {canChange && (
                <Group>
                  <Button size="xs" onClick={() => take.mutate()} loading={take.isPending}>
                    {t('library.attached.take')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {errorMessage(t, error)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function AttachModal(props: {
  opened: boolean;
  onClose: () => void;
  entityKind: string;
  entityId: string;
  attached: PackageSummary[];
}) {
  const { t } = useI18n();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={t('library.attached.addTitle')}
      size="lg"
    >
      {props.opened && <AttachChooser {...props} />}
    </Modal>
  );
}

function AttachChooser({
  entityKind,
  entityId,
  attached,
  onClose,
}: {
  entityKind: string;
  entityId: string;
  attached: PackageSummary[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const all = usePackages();
  const search = useSearch(q);
  const set = useSetAttachments(entityKind, entityId);
  const attach = useMutation({
    mutationFn: (p: PackageSummary) =>
      post<AttachmentsAnswer>('/library/attachments', {
        entityKind,
        entityId,
        ...(p.id ? { packageId: p.id } : { builtInKey: p.builtInKey }),
      }),
    onSuccess: (answer) => {
      set(answer);
      notifySuccess(t('library.attached.attached'));
      onClose();
    },
  });
  const candidates = q
    ? (search.data?.results ?? []).map((r) => ({ p: r.package, snippet: r.snippet }))
    : (all.data?.packages ?? []).map((p) => ({ p, snippet: null }));
  return (
    <Stack>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(typed.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label={t('library.attached.search')}
            value={typed}
            maxLength={200}
            onChange={(e) => setTyped(e.currentTarget.value)}
            data-autofocus
          />
          <Button type="submit">{t('library.page.searchButton')}</Button>
        </Group>
      </form>
      {attach.isError && (
        <Alert color="red" role="alert">
          {errorMessage(t, attach.error)}
        </Alert>
      )}
      {(q ? search.isPending : all.isPending) ? (
        <Loading />
      ) : q && candidates.length === 0 ? (
        <Text size="sm">{t('library.page.noResults', { q })}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {candidates.map(({ p, snippet }) => {
            const already = attached.some((a) => samePackage(a, p));
            return (
              <Card key={p.id ?? p.builtInKey} withBorder padding="xs" component="li">
                <Group justify="space-between" wrap="nowrap">
                  <Stack gap={2}>
                    <Text fw={600} size="sm">
                      {p.title}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {snippet ? <Snippet parts={snippet} /> : p.summary}
                    </Text>
                  </Stack>
                  <Button
                    size="xs"
                    disabled={already}
                    aria-label={t('library.attached.attach', { title: p.title })}
                    onClick={() => attach.mutate(p)}
                    loading={attach.isPending && attach.variables === p}
                  >
                    {already ? t('library.attached.already') : t('library.attached.attachShort')}
                  </Button>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
