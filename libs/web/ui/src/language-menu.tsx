import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';

export interface LanguageOption {
  value: string;
  /** The language's own name ("العربية"), shown in its own direction. */
  label: string;
}

export interface LanguageMenuProps {
  value: string;
  options: LanguageOption[];
  onChange: (value: string) => void;
  /** Accessible name of the trigger, e.g. "Language: English". */
  label: string;
  compact?: boolean;
}

export function LanguageMenu({ value, options, onChange, label, compact = false }: LanguageMenuProps) {
  const current = options.find((o) => o.value === value);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={label}
          leftSection={<IconLanguage size={18} aria-hidden="true" />}
          px={compact ? 'xs' : undefined}
        >
          {compact ? null : <span lang={current?.value}>{current?.label}</span>}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {options.map((o) => (
          <Menu.Item
            key={o.value}
            lang={o.value}
            dir="auto"
            onClick={() => onChange(o.value)}
            aria-current={o.value === value ? 'true' : undefined}
            rightSection={o.value === value ? <IconCheck size={16} aria-hidden="true" /> : null}
          >
            {o.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
