import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import './sessions.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ENUM_VALUES } from '@/api/enums';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useAttendeeMutations } from '../api/use-session-mutations';
import type { Attendance, Attendee } from '../api/types';

type Marks = Record<string, Attendance | null>;

/**
 * Taking attendance (aanwezigheid), made for a phone in the room: one row per attendee with two big toggles,
 * present and absent (a radio pair: Tab moves between people, the arrow keys between the two), "everyone present",
 * and one save for all. The confirmation is announced in a live region.
 */
export function AttendancePanel({ sessionId, attendees }: { sessionId: string; attendees: Attendee[] }) {
  const { t } = useTranslation('sessions');
  const { take } = useAttendeeMutations(sessionId);
  const initial = (): Marks => Object.fromEntries(attendees.map((a) => [a.personId, a.attendance ?? null]));
  const [marks, setMarks] = useState<Marks>(initial);
  const [confirmation, setConfirmation] = useState('');
  const changed = attendees.filter((a) => (marks[a.personId] ?? null) !== (a.attendance ?? null));
  const set = (personId: string, value: Attendance) => {
    setConfirmation('');
    setMarks((m) => ({ ...m, [personId]: value }));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (changed.length === 0) {
      setConfirmation(t('attendance.nothingChanged'));
      return;
    }
    take.mutate(changed.map((a) => ({ personId: a.personId, attendance: marks[a.personId] ?? null })), {
      onSuccess: (session) => {
        const present = session.presentCount;
        const absent = Object.values(marks).filter((m) => m === 'absent').length;
        setConfirmation(t('attendance.saved', { present, absent, open: session.attendeeCount - present - absent }));
      },
    });
  };
  return (
    <form onSubmit={submit} className="lk-attendance" aria-describedby="attendance-help">
      <Paragraph id="attendance-help">{t('attendance.help')}</Paragraph>
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button"
          onClick={() => { setConfirmation(''); setMarks(Object.fromEntries(attendees.map((a) => [a.personId, 'present']))); }}>
          {t('attendance.everyonePresent')}
        </Button>
      </ButtonGroup>
      <ul className="lk-attendance__list">
        {attendees.map((attendee) => {
          const mark = marks[attendee.personId] ?? null;
          const group = `attendance-${attendee.personId}`;
          return (
            <li key={attendee.personId} className="lk-attendance__row">
              <fieldset className="lk-attendance__person">
                <legend className="lk-attendance__name">
                  {attendee.name}
                  <span className="lk-attendance__team">{attendee.team}</span>
                </legend>
                <div className="lk-attendance__toggles">
                  {ENUM_VALUES.Attendance.map((value) => (
                    <label key={value} className={`lk-toggle lk-toggle--${value}${mark === value ? ' lk-toggle--on' : ''}`}>
                      <input type="radio" name={group} value={value} checked={mark === value}
                        onChange={() => set(attendee.personId, value)} />
                      <span>{t(`attendance.${value}`)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {take.isError ? <ProblemAlert error={take.error} /> : null}
      <div className="lk-attendance__save">
        <Button type="submit" appearance="primary-action-button" busy={take.isPending} disabled={take.isPending}>
          {t('attendance.save', { count: changed.length })}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="lk-attendance__status">{confirmation}</p>
    </form>
  );
}
