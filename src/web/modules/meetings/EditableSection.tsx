import { useState, type ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { EditIcon } from '../../components/icons.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import type { MeetingEditing } from './meeting-editing.ts';

interface EditableSectionProps {
  editing: MeetingEditing;
  title: string;
  /** The edit button's text; approved minutes say «ثبت اصلاحیه» instead. */
  editLabel: string;
  /** The section's form, given how to close it. */
  renderForm(close: () => void): ReactNode;
  /** The section as it reads. */
  children: ReactNode;
}

/** A card of the meeting page that shows a section, or its form once the secretariat opens it. */
export function EditableSection({ editing, title, editLabel, renderForm, children }: EditableSectionProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Card
      title={title}
      actions={
        editing.canWrite &&
        !open && (
          <Button size="sm" onClick={() => setOpen(true)}>
            <EditIcon />
            {editing.meeting.locked ? t('meetings.amend') : editLabel}
          </Button>
        )
      }
    >
      {open ? renderForm(() => setOpen(false)) : children}
    </Card>
  );
}
