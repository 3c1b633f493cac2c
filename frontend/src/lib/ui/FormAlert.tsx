// A form's message box. `announcement` is what assistive technology reads out; `shown` (the
// announcement unless given) is what the eye sees, so a countdown can tick on screen without
// interrupting a screen reader every second.
interface Props {
  announcement: string | null;
  shown?: string | null;
  /** For the field whose error this is (aria-describedby): its description is the announcement. */
  id?: string;
  className?: string;
}

export function FormAlert({ announcement, shown = announcement, id, className = '' }: Props) {
  return (
    <div id={id} className={shown ? `form-alert ${className}`.trim() : undefined}>
      {/* Always rendered, so assistive technology is already watching it when a message appears. */}
      <span role="alert" className="visually-hidden">
        {announcement}
      </span>
      {shown ? <span aria-hidden="true">{shown}</span> : null}
    </div>
  );
}
