import { useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Card, Group, Menu, Select, Stack, Text, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { MarkdownPreview } from '@pillars/web/feeds/feature';
import type { TrainingModuleKind } from '@pillars/web/graphql';
import { PoliciesDocument } from '@pillars/web/policies/data-access';
import { WikiLinkTargetsDocument } from '@pillars/web/wiki/data-access';
import { wikiPageIdPath } from '@pillars/web/wiki/feature';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { UserTextarea, UserTextInput } from '@pillars/web/ui';
import { IconArrowDown, IconArrowUp, IconChevronDown, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyModule, MODULE_KINDS, move, type ModuleDraft } from './course-draft';
import { CourseQuizEditor } from './course-quiz-editor';
import { CourseSessionsEditor } from './course-sessions-editor';

const MAX_MODULES = 50;
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * The course's modules in order: add one of each kind, move it up or down with buttons (keyboard
 * focus follows the module), remove it; each kind shows its own fields.
 */
export function CourseModulesEditor({ modules, onChange, disabled }: { modules: ModuleDraft[]; onChange: (modules: ModuleDraft[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<ModuleDraft>) => onChange(modules.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const add = (kind: TrainingModuleKind) => {
    const m = emptyModule(kind);
    onChange([...modules, m]);
    focusSoon(`${m.key}-title`);
  };

  return (
    <Stack gap="md">
      {modules.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('training.editor.noModules')}
        </Text>
      ) : (
        <Stack gap="md" component="ol" aria-label={t('training.editor.modules')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {modules.map((m, i) => {
            const number = i + 1;
            const shift = (by: number) => {
              onChange(move(modules, i, by));
              // Focus stays on the same button of the moved module, or the other one once it reaches an end.
              const lands = i + by;
              const same = by < 0 ? lands > 0 : lands < modules.length - 1;
              focusSoon(`${m.key}-${(by < 0) === same ? 'up' : 'down'}`);
            };
            return (
              <Card key={m.key} withBorder radius="md" padding="md" component="li" id={m.key} aria-label={t('training.editor.moduleLabel', { number, kind: t(`training.kind.${m.kind}`) })}>
                <Stack gap="sm">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Group gap="xs">
                      <Title order={3} fz="md">
                        {t('training.editor.moduleNumber', { number })}
                      </Title>
                      <Badge variant="light" tt="none">
                        {t(`training.kind.${m.kind}`)}
                      </Badge>
                    </Group>
                    <Group gap={4}>
                      <ActionIcon id={`${m.key}-up`} variant="subtle" color="gray" size="lg" aria-label={t('training.editor.moveUp', { number })} onClick={() => shift(-1)} disabled={disabled || i === 0}>
                        <IconArrowUp size={18} aria-hidden="true" />
                      </ActionIcon>
                      <ActionIcon id={`${m.key}-down`} variant="subtle" color="gray" size="lg" aria-label={t('training.editor.moveDown', { number })} onClick={() => shift(1)} disabled={disabled || i === modules.length - 1}>
                        <IconArrowDown size={18} aria-hidden="true" />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={t('training.editor.remove', { number })}
                        onClick={() => {
                          onChange(modules.filter((_, j) => j !== i));
                          const next = modules[i + 1] ?? modules[i - 1];
                          focusSoon(next ? `${next.key}-title` : 'training-add-module');
                        }}
                        disabled={disabled}
                      >
                        <IconTrash size={18} aria-hidden="true" />
                      </ActionIcon>
                    </Group>
                  </Group>
                  <UserTextInput id={`${m.key}-title`} label={t('training.editor.moduleTitle', { number })} value={m.title} onChange={(e) => set(i, { title: e.currentTarget.value })} maxLength={LIMITS.title} required disabled={disabled} />
                  <ModuleFields module={m} number={number} onChange={(patch) => set(i, patch)} disabled={disabled} />
                </Stack>
              </Card>
            );
          })}
        </Stack>
      )}
      {modules.length < MAX_MODULES ? (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button id="training-add-module" variant="light" leftSection={<IconPlus size={16} aria-hidden="true" />} rightSection={<IconChevronDown size={14} aria-hidden="true" />} disabled={disabled} w="fit-content">
              {t('training.editor.addModule')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {MODULE_KINDS.map((kind) => (
              <Menu.Item key={kind} onClick={() => add(kind)}>
                <Stack gap={0}>
                  <Text size="sm">{t(`training.kind.${kind}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`training.editor.kindHint.${kind}`)}
                  </Text>
                </Stack>
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      ) : null}
    </Stack>
  );
}

function ModuleFields({ module: m, number, onChange, disabled }: { module: ModuleDraft; number: number; onChange: (patch: Partial<ModuleDraft>) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const instructions = (
    <UserTextarea label={t('training.editor.instructions')} value={m.content} onChange={(e) => onChange({ content: e.currentTarget.value })} autosize minRows={2} maxLength={4000} disabled={disabled} />
  );
  switch (m.kind) {
    case 'MARKDOWN':
      return (
        <>
          <UserTextarea
            label={t('training.editor.markdown', { number })}
            description={t('training.editor.markdownHint')}
            value={m.content}
            onChange={(e) => onChange({ content: e.currentTarget.value })}
            autosize
            minRows={5}
            maxLength={100_000}
            required
            disabled={disabled}
          />
          {m.content.trim() ? <MarkdownPreview body={m.content} /> : null}
        </>
      );
    case 'EXTERNAL_LINK':
      return (
        <>
          <WikiPagePicker number={number} onPick={(url, title) => onChange({ url, title: m.title.trim() ? m.title : title })} disabled={disabled} />
          <UserTextInput label={t('training.editor.url', { number })} description={t('training.editor.urlHint')} type="url" value={m.url} onChange={(e) => onChange({ url: e.currentTarget.value })} maxLength={2000} required disabled={disabled} />
          {instructions}
        </>
      );
    case 'POLICY_ACK':
      return <PolicyPicker number={number} value={m.policyId} onChange={(policyId) => onChange({ policyId })} disabled={disabled} />;
    case 'QUIZ':
      return <CourseQuizEditor module={m} number={number} onChange={onChange} disabled={disabled} />;
    case 'ATTENDANCE':
      return (
        <>
          <Text size="sm" c="dimmed">
            {t('training.editor.attendanceHint')}
          </Text>
          <CourseSessionsEditor module={m} number={number} onChange={onChange} disabled={disabled} />
          {instructions}
        </>
      );
    case 'EVIDENCE_UPLOAD':
      return (
        <>
          <Text size="sm" c="dimmed">
            {t('training.editor.evidenceHint')}
          </Text>
          {instructions}
        </>
      );
  }
}

/** A wiki page by search: the link points at the page's stable address (it follows renames). */
function WikiPagePicker({ number, onPick, disabled }: { number: number; onPick: (url: string, title: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(WikiLinkTargetsDocument, { variables: { query: debounced, spaceId: null }, skip: debounced.length < 2 });
  const pages = data?.wikiLinkTargets ?? [];
  return (
    <Select
      label={t('training.editor.wikiPage', { number })}
      description={t('training.editor.wikiPageHint')}
      placeholder={t('training.editor.wikiPagePlaceholder')}
      data={pages.map((p) => ({ value: p.id, label: `${p.title} · ${p.spaceName}` }))}
      value={null}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(id) => {
        const page = pages.find((p) => p.id === id);
        if (page) onPick(`${window.location.origin}${wikiPageIdPath(page.id)}`, page.title);
        setSearch('');
      }}
      nothingFoundMessage={debounced.length < 2 ? t('training.editor.wikiTypeMore') : loading ? t('common.loading') : t('common.noMatches')}
      disabled={disabled}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Policies with a version in force (completing the module acknowledges it). */
function PolicyPicker({ number, value, onChange, disabled }: { number: number; value: string | null; onChange: (id: string | null) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(PoliciesDocument, { variables: { first: LIMITS.pageSize, after: null } });
  const policies = (data?.policies.edges ?? []).map((e) => e.node).filter((p) => p.currentVersion && !p.retiredAt);
  return (
    <Select
      label={t('training.editor.policy', { number })}
      description={t('training.editor.policyHint')}
      placeholder={loading ? t('common.loading') : t('training.editor.policyPlaceholder')}
      data={policies.map((p) => ({ value: p.id, label: p.title }))}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage={t('training.editor.noPolicies')}
      required
      disabled={disabled}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
