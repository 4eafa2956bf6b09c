import { Button, Menu, Stack, Text, Title } from '@mantine/core';
import type { PickedPerson } from '@pillars/web/directory/feature';
import type { AudienceRuleInput, AudienceRuleKind } from '@pillars/web/graphql';
import { IconPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AudienceRuleEditor } from './audience-rule-editor';
import { newRule, RULE_KINDS } from './audience-rules';

export interface AudienceRuleListProps {
  mode: 'include' | 'exclude';
  rules: AudienceRuleInput[];
  onChange: (rules: AudienceRuleInput[]) => void;
  names: Record<string, string>;
  remember: (person: PickedPerson) => void;
  canAddRule: boolean;
  canAddPeople: boolean;
  disabled?: boolean;
}

/** The include (or exclude) rules, each editable, with a menu to add one by kind. */
export function AudienceRuleList({ mode, rules, onChange, names, remember, canAddRule, canAddPeople, disabled = false }: AudienceRuleListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  // Leaving out everyone would leave no one: "everyone" is only offered for include.
  const kinds: AudienceRuleKind[] = mode === 'include' ? RULE_KINDS : RULE_KINDS.filter((k) => k !== 'ALL');
  const replace = (index: number, rule: AudienceRuleInput) => onChange(rules.map((r, i) => (i === index ? rule : r)));
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <div>
        <Title order={3} fz="md" id={headingId}>
          {t(`audiences.picker.${mode}.title`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`audiences.picker.${mode}.hint`)}
        </Text>
      </div>
      {rules.length > 0 ? (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {rules.map((rule, index) => (
            <AudienceRuleEditor
              // Rules have no id of their own; position and kind keep each editor's state in place.
              key={`${index}-${rule.kind}`}
              rule={rule}
              onChange={(next) => replace(index, next)}
              onRemove={() => onChange(rules.filter((_, i) => i !== index))}
              names={names}
              remember={remember}
              canAddPeople={canAddPeople}
              disabled={disabled}
            />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          {t(`audiences.picker.${mode}.empty`)}
        </Text>
      )}
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden="true" />} disabled={disabled || !canAddRule} style={{ alignSelf: 'flex-start' }}>
            {t(`audiences.picker.${mode}.add`)}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {kinds.map((kind) => (
            <Menu.Item key={kind} onClick={() => onChange([...rules, newRule(kind)])}>
              {t(`audiences.kind.${kind}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Stack>
  );
}
