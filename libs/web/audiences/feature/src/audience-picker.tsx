import { Grid, Stack, Text } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import type { PickedPerson } from '@pillars/web/directory/feature';
import type { AudienceRulesInput } from '@pillars/web/graphql';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AudiencePreview } from './audience-preview';
import { AudienceRuleList } from './audience-rule-list';
import { MAX_NAMED_PEOPLE, namedPeopleCount, previewableRules, ruleCount } from './audience-rules';

export interface AudiencePickerProps {
  /** The rules being edited, shaped like the API's `AudienceRulesInput` (incomplete rules allowed). */
  value: AudienceRulesInput;
  onChange: (rules: AudienceRulesInput) => void;
  /** Names of people already in `value` (ids only travel in rules), e.g. when editing a saved audience. */
  knownNames?: Record<string, string>;
  /** Wait after the last change before counting, in ms. */
  previewDelayMs?: number;
  disabled?: boolean;
}

/**
 * Builds an audience for any pillar: people matching any include rule and no exclude rule, with a
 * live count. Save with `savableRules(value)`, which is null until every rule is complete.
 */
export function AudiencePicker({ value, onChange, knownNames = {}, previewDelayMs = 400, disabled = false }: AudiencePickerProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Record<string, string>>({});
  const names = { ...knownNames, ...picked };
  const remember = useCallback((p: PickedPerson) => setPicked((n) => (n[p.id] === p.name ? n : { ...n, [p.id]: p.name })), []);
  const exclude = value.exclude ?? [];
  const canAddRule = ruleCount(value) < LIMITS.audienceRules;
  const canAddPeople = namedPeopleCount(value) < MAX_NAMED_PEOPLE;
  const shared = { names, remember, canAddRule, canAddPeople, disabled };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          <AudienceRuleList mode="include" rules={value.include} onChange={(include) => onChange({ ...value, include })} {...shared} />
          <AudienceRuleList mode="exclude" rules={exclude} onChange={(next) => onChange({ ...value, exclude: next })} {...shared} />
          {!canAddRule ? (
            <Text size="sm" c="dimmed">
              {t('audiences.picker.rulesLimit', { max: LIMITS.audienceRules })}
            </Text>
          ) : null}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <div style={{ position: 'sticky', insetBlockStart: 'calc(60px + var(--mantine-spacing-md))' }}>
          <AudiencePreview rules={previewableRules(value)} delayMs={previewDelayMs} />
        </div>
      </Grid.Col>
    </Grid>
  );
}
