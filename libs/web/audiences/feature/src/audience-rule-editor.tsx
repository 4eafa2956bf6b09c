import { ActionIcon, Group, Paper, Pill, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { UserTextInput } from '@pillars/web/ui';
import { LIMITS } from '@pillars/shared/validation';
import { PersonPicker, type PickedPerson, TeamSelect } from '@pillars/web/directory/feature';
import type { AudienceRuleInput, Role } from '@pillars/web/graphql';
import { IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NAMED_PEOPLE } from './audience-rules';

const ROLES: Role[] = ['EMPLOYEE', 'HR', 'ADMIN'];

export interface AudienceRuleEditorProps {
  rule: AudienceRuleInput;
  onChange: (rule: AudienceRuleInput) => void;
  onRemove: () => void;
  /** Names of people picked in this session, by id (rules carry ids only). */
  names: Record<string, string>;
  remember: (person: PickedPerson) => void;
  /** Whether more named people may be added (the API caps the whole rule set). */
  canAddPeople: boolean;
  disabled?: boolean;
}

/** One rule: its kind, the fields that kind needs, and a remove button. */
export function AudienceRuleEditor({ rule, onChange, onRemove, names, remember, canAddPeople, disabled = false }: AudienceRuleEditorProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const kindLabel = t(`audiences.kind.${rule.kind}`);
  const personOf = (id: string | number | null | undefined): PickedPerson | null => (id ? { id: String(id), name: names[String(id)] ?? t('audiences.picker.unknownPerson') } : null);
  const userIds = (rule.userIds ?? []).map(String);

  return (
    <Paper withBorder radius="md" p="sm" component="li" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600} size="sm" id={titleId}>
            {kindLabel}
          </Text>
          <ActionIcon variant="subtle" color="gray" onClick={onRemove} disabled={disabled} aria-label={t('audiences.picker.removeRule', { rule: kindLabel })}>
            <IconTrash size={16} aria-hidden="true" />
          </ActionIcon>
        </Group>

        {rule.kind === 'ALL' ? (
          <Text size="sm" c="dimmed">
            {t('audiences.picker.allHint')}
          </Text>
        ) : null}

        {rule.kind === 'TEAM' ? (
          <>
            <TeamSelect
              label={t('audiences.picker.team')}
              placeholder={t('audiences.picker.teamPlaceholder')}
              value={rule.teamId ? String(rule.teamId) : null}
              onChange={(teamId) => onChange({ ...rule, teamId })}
              disabled={disabled}
              required
            />
            <Switch
              label={t('audiences.picker.includeSubTeams')}
              checked={Boolean(rule.includeSubTeams)}
              onChange={(e) => onChange({ ...rule, includeSubTeams: e.currentTarget.checked })}
              disabled={disabled}
            />
          </>
        ) : null}

        {rule.kind === 'LOCATION' ? (
          <UserTextInput
            label={t('audiences.picker.location')}
            description={t('audiences.picker.locationHint')}
            value={rule.location ?? ''}
            onChange={(e) => onChange({ ...rule, location: e.currentTarget.value })}
            maxLength={LIMITS.location}
            disabled={disabled}
            required
          />
        ) : null}

        {rule.kind === 'ROLE' ? (
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`${titleId}-role`}>
              {t('audiences.picker.role')}
            </Text>
            <SegmentedControl
              aria-labelledby={`${titleId}-role`}
              value={rule.role ?? 'EMPLOYEE'}
              onChange={(role) => onChange({ ...rule, role: ROLES.find((r) => r === role) ?? 'EMPLOYEE' })}
              data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              disabled={disabled}
              fullWidth
            />
            {rule.role === 'EMPLOYEE' ? (
              <Text size="xs" c="dimmed">
                {t('audiences.picker.employeeHint')}
              </Text>
            ) : null}
          </Stack>
        ) : null}

        {rule.kind === 'MANAGER_LINE' ? (
          <>
            <PersonPicker
              label={t('audiences.picker.manager')}
              placeholder={t('directory.picker.searchPlaceholder')}
              value={personOf(rule.managerId)}
              onChange={(person) => {
                if (person) remember(person);
                onChange({ ...rule, managerId: person?.id ?? null });
              }}
              disabled={disabled}
              required
            />
            <Switch
              label={t('audiences.picker.directOnly')}
              checked={Boolean(rule.direct)}
              onChange={(e) => onChange({ ...rule, direct: e.currentTarget.checked })}
              disabled={disabled}
            />
          </>
        ) : null}

        {rule.kind === 'USERS' ? (
          <>
            <PersonPicker
              label={t('audiences.picker.addPerson')}
              placeholder={t('directory.picker.searchPlaceholder')}
              value={null}
              excludeIds={userIds}
              onChange={(person) => {
                if (!person) return;
                remember(person);
                onChange({ ...rule, userIds: [...userIds, person.id] });
              }}
              disabled={disabled || !canAddPeople}
              description={canAddPeople ? undefined : t('audiences.picker.peopleLimit', { max: MAX_NAMED_PEOPLE })}
            />
            {userIds.length > 0 ? (
              <Pill.Group aria-label={t('audiences.picker.chosenPeople')}>
                {userIds.map((id) => {
                  const name = names[id] ?? t('audiences.picker.unknownPerson');
                  return (
                    <Pill
                      key={id}
                      withRemoveButton={!disabled}
                      onRemove={() => onChange({ ...rule, userIds: userIds.filter((u) => u !== id) })}
                      removeButtonProps={{ 'aria-label': t('audiences.picker.removePerson', { name }) }}
                    >
                      <bdi>{name}</bdi>
                    </Pill>
                  );
                })}
              </Pill.Group>
            ) : (
              <Text size="xs" c="dimmed">
                {t('audiences.picker.noPeopleYet')}
              </Text>
            )}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
