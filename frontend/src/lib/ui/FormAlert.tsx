// A form's message box, always rendered so assistive technology is already watching it when a
// message appears. With `shown`, the eye sees `shown` while assistive technology reads
// `announcement`: a countdown can tick on screen without interrupting a screen reader every second.
interface Props {
  announcement: string | null;
  shown?: string | null;
  /** For the field whose error this is (aria-describedby). */
  id?: string;
  className?: string;
}

export function FormAlert({ announcement, shown, id, className }: Props) {
  const classes = ['form-alert', className].filter(Boolean).join(' ');
  if (shown === undefined) {
    return (
      <div id={id} role="alert" className={classes}>
        {announcement}
      </div>
    );
  }
  return (
    // Idle, the box is out of the layout too: an empty grid item would still take a gap.
    <div id={id} className={shown ? classes : 'visually-hidden'}>
      <span role="alert" className="visually-hidden">
        {announcement}
      </span>
      {shown ? <span aria-hidden="true">{shown}</span> : null}
    </div>
  );
}
