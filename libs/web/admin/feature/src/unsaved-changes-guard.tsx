import { UnsavedChangesDialog } from '@pillars/web/ui';
import { useUnsavedChanges } from '@pillars/web/util';
import { useTranslation } from 'react-i18next';

/** For an admin form: asks before unsaved edits are dropped; render `dialog`, call `allowNext` before a post-save navigation. */
export function useUnsavedChangesGuard(dirty: boolean) {
  const { t } = useTranslation();
  const guard = useUnsavedChanges(dirty);
  const dialog = (
    <UnsavedChangesDialog
      opened={guard.asking}
      onStay={guard.stay}
      onLeave={guard.leave}
      labels={{ title: t('common.unsaved.title'), body: t('common.unsaved.body'), stay: t('common.unsaved.stay'), leave: t('common.unsaved.leave') }}
    />
  );
  return { dialog, allowNext: guard.allowNext };
}
