// One chart of the overview: a figure whose caption names it, the chart drawn as one image with a
// spoken summary, and every figure it shows in a table beside it for keyboard and screen-reader users;
// or, with nothing to draw, its caption and a sentence saying so.
import { useEffect, useRef, type ReactNode } from 'react';
import { useOverviewMessages } from './messages';

interface Props {
  caption: string;
  note?: string;
  /** What the chart shows, in one or two sentences: the image's accessible name. */
  summary: string;
  /** Draws the chart at a width in pixels; a new function redraws it. */
  draw: (width: number) => Element;
  /** The same numbers as a table. */
  children: ReactNode;
}

/** The width a chart is drawn at when the container has none (before layout, or in a test's DOM). */
const fallbackWidth = 640;

export function ChartFigure({ caption, note, summary, draw, children }: Props) {
  const words = useOverviewMessages();
  const chartRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = chartRef.current;
    if (container === null) {
      return;
    }
    let drawnWidth = 0;
    const redraw = () => {
      const width = container.clientWidth || fallbackWidth;
      if (width !== drawnWidth) {
        drawnWidth = width;
        const chart = draw(width);
        // The drawing itself is hidden from assistive technology: Plot labels its groups ("bar", "rule"),
        // labels a group may not carry, and the image's summary and the table already say everything.
        chart.setAttribute('aria-hidden', 'true');
        container.replaceChildren(chart);
      }
    };
    redraw();
    // Follows the column's width (a narrow window, a zoomed page); the observer is absent in test DOMs.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(redraw);
    observer?.observe(container);
    return () => {
      observer?.disconnect();
      container.replaceChildren();
    };
  }, [draw]);

  return (
    <figure className="card overview-figure">
      <figcaption>
        <h2>{caption}</h2>
        {note === undefined ? null : <p className="field-hint">{note}</p>}
      </figcaption>
      {/* The chart is one image to assistive technology: its summary here, its figures in the table. */}
      <div ref={chartRef} className="overview-chart" role="img" aria-label={summary} />
      <details className="overview-table">
        <summary>{words.showTable}</summary>
        {children}
      </details>
    </figure>
  );
}

/** A chart with nothing to draw: its caption, and the sentence that says why. */
export function EmptyFigure({ caption, empty }: { caption: string; empty: string }) {
  return (
    <section className="card overview-figure">
      <h2>{caption}</h2>
      <p className="empty-state">{empty}</p>
    </section>
  );
}
