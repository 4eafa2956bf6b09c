import { Button, FileButton, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { type DragEvent, type ReactNode, useRef, useState } from 'react';
import classes from './file-drop-zone.module.css';

export interface FileDropZoneProps {
  /** Visible label of the button that opens the file dialog. */
  buttonLabel: string;
  /** Text shown in the zone, e.g. "Drop a CSV file here". */
  hint: ReactNode;
  /** Comma-separated types for the dialog, e.g. ".csv,text/csv". */
  accept?: string;
  disabled?: boolean;
  loading?: boolean;
  onFile: (file: File) => void;
}

/** A drop target with a keyboard-reachable button: dropping and choosing lead to the same `onFile`. */
export function FileDropZone({ buttonLabel, hint, accept, disabled = false, loading = false, onFile }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  // Clearing the input lets the same file be chosen again after a fix.
  const resetRef = useRef<() => void>(null);
  const onDragOver = (e: DragEvent) => {
    if (disabled) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  const className = [classes.zone, over ? classes.active : '', disabled ? classes.disabled : ''].filter(Boolean).join(' ');
  return (
    <div className={className} onDragOver={onDragOver} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <Stack align="center" gap="sm">
        <IconUpload size={32} aria-hidden="true" color="var(--mantine-color-dimmed)" />
        <Text c="dimmed" size="sm">
          {hint}
        </Text>
        <FileButton
          resetRef={resetRef}
          onChange={(file) => {
            if (file) onFile(file);
            resetRef.current?.();
          }}
          accept={accept}
          disabled={disabled}
        >
          {(props) => (
            <Button {...props} variant="light" loading={loading} disabled={disabled}>
              {buttonLabel}
            </Button>
          )}
        </FileButton>
      </Stack>
    </div>
  );
}
