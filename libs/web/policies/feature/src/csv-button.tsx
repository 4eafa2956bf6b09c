import { useApolloClient } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { downloadCsv } from '@pillars/web/util';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';

/** Asks the API for CSV text (already spreadsheet-safe) and saves it; a failure says why. */
export function CsvButton({ label, fileName, load }: { label: string; fileName: string; load: (client: ReturnType<typeof useApolloClient>) => Promise<string | undefined> }) {
  const client = useApolloClient();
  const { messages } = useErrorMessages();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="default"
        size="sm"
        loading={busy}
        leftSection={<IconDownload size={16} aria-hidden="true" />}
        onClick={() => {
          setBusy(true);
          setFailure(null);
          load(client)
            .then((csv) => {
              if (csv !== undefined) downloadCsv(fileName, csv);
            })
            .catch((e: unknown) => setFailure(messages(e).join(' ')))
            .finally(() => setBusy(false));
        }}
      >
        {label}
      </Button>
      {failure ? (
        <span role="alert" style={{ color: 'var(--mantine-color-error)', marginInlineStart: 8 }}>
          {failure}
        </span>
      ) : null}
    </div>
  );
}
