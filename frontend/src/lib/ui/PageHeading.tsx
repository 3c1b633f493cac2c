// A page's <h1>: names the document title and, after an in-app navigation, takes focus so
// screen-reader and keyboard users start reading at the new page.
import { useContext, useEffect, useRef } from 'react';
import { HasNavigatedContext } from './routeFocus';

const appName = 'Koushin 更新';

export function PageHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const hasNavigated = useContext(HasNavigatedContext);

  useEffect(() => {
    document.title = `${children} | ${appName}`;
  }, [children]);

  useEffect(() => {
    if (hasNavigated) {
      ref.current?.focus();
    }
  }, [hasNavigated]);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
