import { Anchor, Button, CopyButton, Modal, Stack, Text } from '@mantine/core';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import { useI18n } from '../../../web/i18n';
import { answerUrl } from './api';

/** The QR code of a link as an SVG drawn here, in the page: nothing is fetched from elsewhere. */
function QrSvg({ text, label }: { text: string; label: string }) {
  const svg = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    return qr.createSvgTag({ cellSize: 6, margin: 4, scalable: true });
  }, [text]);
  return (
    <div
      role="img"
      aria-label={label}
      style={{ width: 'min(280px, 70vw)', background: 'white' }}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

/** The short link and its QR code, big enough to scan from a shared screen. */
export function QrLinkModal({
  code,
  title,
  onClose,
}: {
  code: string | null;
  title: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const url = code ? answerUrl(code) : '';
  return (
    <Modal
      opened={Boolean(code)}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      centered
      size="md"
    >
      {code && (
        <Stack align="center" gap="md">
          <Text size="sm">{t('forums.link.intro')}</Text>
          <QrSvg text={url} label={t('forums.link.qr')} />
          <Anchor
            href={url}
            fw={700}
            size="lg"
            style={{ overflowWrap: 'anywhere' }}
            data-testid="evaluation-link"
          >
            {url}
          </Anchor>
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t('forums.link.copied') : t('forums.link.copy')}
              </Button>
            )}
          </CopyButton>
        </Stack>
      )}
    </Modal>
  );
}
