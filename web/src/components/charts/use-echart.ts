/**
 * One ECharts instance bound to a <div>: created on mount, disposed on unmount, resized with its box, and drawn
 * only with a real size. A resize can arrive after the chart was disposed (the screen changed), before its first
 * option, or while the chart is out of sight (0 × 0: a dialog over it, a folded panel), where ECharts' layout has
 * nothing to measure: the option waits for a real size, then is drawn. Callers register their chart types with
 * `echarts.use` and pass `makeOption` through useCallback, so the chart redraws only when its inputs change.
 */
import { useEffect, useRef, type RefObject } from 'react';
import * as echarts from 'echarts/core';

/** Builds the chart's option; `node` is the chart's box (for its font and width). */
export type MakeOption = (node: HTMLDivElement | null) => echarts.EChartsCoreOption;

export function useEChart(makeOption: MakeOption): RefObject<HTMLDivElement | null> {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  /** An option asked for while the chart had no size. */
  const pending = useRef<echarts.EChartsCoreOption | null>(null);

  useEffect(() => {
    const node = element.current!;
    const instance = echarts.init(node, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      if (instance.isDisposed() || node.clientWidth === 0 || node.clientHeight === 0) return;
      if (pending.current) {
        instance.setOption(pending.current, { notMerge: true });
        pending.current = null;
      } else if (instance.getOption()) instance.resize();
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const node = element.current;
    const option = makeOption(node);
    const instance = chart.current;
    if (!instance) return;
    if (!node || node.clientWidth === 0 || node.clientHeight === 0) pending.current = option;
    else {
      pending.current = null;
      instance.setOption(option, { notMerge: true });
    }
  }, [makeOption]);

  return element;
}

/** The page's own font for the canvas (which does not inherit it). */
export function fontOf(node: HTMLDivElement | null): string {
  return node ? getComputedStyle(node).fontFamily : 'sans-serif';
}
