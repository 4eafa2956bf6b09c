import { NativeSelect, Radio, Stack } from '@mantine/core';
import { TeamSelect } from '@pillars/web/directory/feature';
import type { WikiOutsiderAccess, WikiSpaceVisibility } from '@pillars/web/graphql';
import { useTranslation } from 'react-i18next';

const VISIBILITIES: WikiSpaceVisibility[] = ['ORGANIZATION', 'TEAM', 'MEMBERS'];
export const REVIEW_CYCLES = [6, 12, 18, 24];

export interface WikiSpaceAccess {
  visibility: WikiSpaceVisibility;
  teamId: string | null;
  outsiderAccess: WikiOutsiderAccess;
  reviewCycleMonths: number;
}

/** Who sees a space (organisation, a team and what outsiders get, named members) and its review cycle: creating a space and its settings alike. */
export function WikiSpaceAccessFields({ value, onChange }: { value: WikiSpaceAccess; onChange: (next: WikiSpaceAccess) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<WikiSpaceAccess>) => onChange({ ...value, ...patch });
  return (
    <>
      <Radio.Group label={t('wiki.createSpace.visibility')} value={value.visibility} onChange={(v) => set({ visibility: v as WikiSpaceVisibility })}>
        <Stack gap={6} mt={6}>
          {VISIBILITIES.map((v) => (
            <Radio key={v} value={v} label={t(`wiki.visibility.${v}`)} description={t(`wiki.visibilityHint.${v}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {value.visibility === 'TEAM' ? (
        <>
          <TeamSelect label={t('wiki.createSpace.team')} value={value.teamId} onChange={(id) => set({ teamId: id })} required />
          <Radio.Group label={t('wiki.createSpace.outsiders')} value={value.outsiderAccess} onChange={(v) => set({ outsiderAccess: v === 'NONE' ? 'NONE' : 'READ' })}>
            <Stack gap={6} mt={6}>
              <Radio value="READ" label={t('wiki.createSpace.outsidersRead')} />
              <Radio value="NONE" label={t('wiki.createSpace.outsidersNone')} />
            </Stack>
          </Radio.Group>
        </>
      ) : null}
      <NativeSelect
        label={t('wiki.createSpace.reviewCycle')}
        description={t('wiki.createSpace.reviewCycleHint')}
        value={String(value.reviewCycleMonths)}
        onChange={(e) => set({ reviewCycleMonths: Number(e.currentTarget.value) })}
        data={REVIEW_CYCLES.map((c) => ({ value: String(c), label: t('wiki.space.reviewCycle', { count: c }) }))}
        w="fit-content"
      />
    </>
  );
}
