// The drawing every overview chart shares: a band of bars over a zero line, with the y axis's grid.
import * as Plot from '@observablehq/plot';

interface BarPlot {
  width: number;
  height: number;
  /** What sets one chart's x axis apart (its ticks, their format, its domain); it is always a band. */
  x: Plot.ScaleOptions;
  y: Plot.ScaleOptions;
  /** The chart's bars and labels; the zero line is drawn over them. */
  marks: Plot.Markish[];
}

export function barPlot({ width, height, x, y, marks }: BarPlot) {
  return Plot.plot({
    width,
    height,
    marginLeft: 56,
    x: { type: 'band', label: null, ...x },
    y: { grid: true, ...y },
    marks: [...marks, Plot.ruleY([0])],
  });
}
