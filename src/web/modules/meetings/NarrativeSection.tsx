import type { FieldError } from '../../../lib/errors/index.ts';
import type { Meeting } from '../../../modules/meetings/meetings.schemas.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import type { FormInput } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { EditableSection } from './EditableSection.tsx';
import { amendmentInput } from './meeting-form-values.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { NarrativeText } from './NarrativeText.tsx';
import { SectionForm } from './SectionForm.tsx';
import { useMeetingSectionSave } from './useMeetingSectionSave.ts';

interface NarrativeValues {
  narrative: string;
  amendmentReason: string;
}

const narrativeValues = (meeting: Meeting): NarrativeValues => ({ narrative: meeting.narrative, amendmentReason: '' });

const narrativeUpdateInput =
  (original: Meeting) =>
  (values: NarrativeValues): FormInput => {
    const errors: FieldError[] = [];
    return { input: { version: original.version, narrative: values.narrative, amendmentReason: amendmentInput(original.locked, values.amendmentReason, errors) }, errors };
  };

function NarrativeForm({ editing, onDone }: { editing: MeetingEditing; onDone(): void }) {
  const { t } = useI18n();
  const { form, frame } = useMeetingSectionSave(editing, onDone, { initialValues: narrativeValues, toInput: narrativeUpdateInput, savedMessage: t('meetings.narrativeSaved') });
  return (
    <SectionForm frame={frame} label={t('meetings.narrativeEdit')}>
      <div className="form-grid">
        <TextAreaField label={t('meetings.narrative')} {...form.field('narrative')} rows={16} persian hint={t('meetings.narrativeHint')} className="field-wide" />
      </div>
    </SectionForm>
  );
}

/** The account of the meeting: who reported what, as the minutes tell it. */
export function NarrativeSection({ editing }: { editing: MeetingEditing }) {
  const { t } = useI18n();
  const { narrative } = editing.meeting;
  return (
    <EditableSection editing={editing} title={t('meetings.narrative')} editLabel={t('meetings.narrativeEdit')} renderForm={(close) => <NarrativeForm editing={editing} onDone={close} />}>
      {narrative.trim() ? <NarrativeText text={narrative} className="narrative-text" /> : <p className="subtle">{t('meetings.narrativeEmpty')}</p>}
    </EditableSection>
  );
}
