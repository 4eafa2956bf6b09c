import { Button, Group, Text } from '@mantine/core';
import { downloadCsv } from '@pillars/web/util';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';

export interface CsvButtonProps {
  label: string;
  fileName: string;
  /** The CSV text (already spreadsheet-safe, from the API); undefined saves nothing. */
  load: () => Promise<string | undefined>;
  /** The translated reason a load failed, said next to the button. */
  describeError: (error: unknown) => string;
}

/** Asks for CSV text and saves it as a file; busy while it loads, and a failure says why. */
export function CsvButton({ label, fileName, load, describeError }: CsvButtonProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Group gap="xs">
      <Button
        variant="default"
        size="sm"
        loading={busy}
        leftSection={<IconDownload size={16} aria-hidden="true" />}
        onClick={() => {
          setBusy(true);
          setFailure(null);
          load()
            .then((csv) => {
              if (csv !== undefined) downloadCsv(fileName, csv);
            })
            .catch((e: unknown) => setFailure(describeError(e)))
            .finally(() => setBusy(false));
        }}
      >
        {label}
      </Button>
      {failure ? (
        <Text role="alert" c="red" size="sm">
          {failure}
        </Text>
      ) : null}
    </Group>
  );
}
