// A page's <h1>: names the document title and, after an in-app navigation, takes focus so
// screen-reader and keyboard users start reading at the new page.
import { useContext, useEffect, useRef } from 'react';
import { HasNavigatedContext } from './routeFocus';

const appName = 'Koushin 更新';

interface Props {
  children: string;
  /** A short line above the heading saying what it names ("Serial number" above a serial). */
  kicker?: string | undefined;
}

export function PageHeading({ children, kicker }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const hasNavigated = useContext(HasNavigatedContext);
  const title = kicker === undefined ? children : `${kicker} ${children}`;

  useEffect(() => {
    document.title = `${title} | ${appName}`;
  }, [title]);

  useEffect(() => {
    if (hasNavigated) {
      ref.current?.focus();
    }
  }, [hasNavigated]);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {kicker === undefined ? (
        children
      ) : (
        <>
          <span className="heading-kicker">{kicker}</span> <span className="heading-main">{children}</span>
        </>
      )}
    </h1>
  );
}
