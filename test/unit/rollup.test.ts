import { describe, expect, it } from 'vitest';
import { Rollup, RollupGraph, type RollupEdge } from '../../src/compute/aggregates/rollup.ts';

const edge = (view: 'was' | 'now', ancestorId: number, validFrom = '0001-01-01', validTo = '9999-12-31', share = 1, approx = 0): RollupEdge => ({
  view,
  ancestorId,
  share,
  approx,
  validFrom,
  validTo,
});

// Commune 1 belonged to district 10 until 30/6/2025 and to district 11 after; on today's tree it is split
// between new communes 20 (60 %, declared) and 21 (the rest, approximate). Commune 2 only has a 'was' edge.
const graph = new RollupGraph(
  new Map([
    [
      1,
      [
        edge('was', 10, '0001-01-01', '2025-07-01'),
        edge('was', 11, '2025-07-01'),
        edge('now', 20, undefined, undefined, 0.6),
        edge('now', 21, undefined, undefined, 0.4, 1),
      ],
    ],
    [2, [edge('was', 10)]],
  ]),
);

describe('in-memory roll-up', () => {
  it('adds each value to the units it counts towards, by the edge valid at the period, with shares', () => {
    const rollup = new Rollup(graph);
    rollup.add(7, 1, '202506', 100);
    rollup.add(7, 1, '202507', 50);
    rollup.add(7, 2, '202506', 5);
    rollup.add(7, 3, '202506', 999); // a unit with no edges to others: nothing
    expect(rollup.rows()).toEqual([
      { view: 'now', elementId: 7, unitId: 20, period: '202506', sum: 60, n: 1, nApprox: 0 },
      { view: 'now', elementId: 7, unitId: 21, period: '202506', sum: 40, n: 1, nApprox: 1 },
      { view: 'now', elementId: 7, unitId: 20, period: '202507', sum: 30, n: 1, nApprox: 0 },
      { view: 'now', elementId: 7, unitId: 21, period: '202507', sum: 20, n: 1, nApprox: 1 },
      { view: 'was', elementId: 7, unitId: 10, period: '202506', sum: 105, n: 2, nApprox: 0 },
      { view: 'was', elementId: 7, unitId: 11, period: '202507', sum: 50, n: 1, nApprox: 0 },
    ]);
  });

  it('takes changes (after − before, count −1/0/+1) and emits every row a change touched', () => {
    const rollup = new Rollup(graph);
    rollup.add(7, 2, '202506', 3, 0); // 5 → 8: same count, sum +3
    rollup.add(8, 2, '202506', -4, -1); // 4 → removed
    expect(rollup.rows()).toEqual([
      { view: 'was', elementId: 7, unitId: 10, period: '202506', sum: 3, n: 0, nApprox: 0 },
      { view: 'was', elementId: 8, unitId: 10, period: '202506', sum: -4, n: -1, nApprox: 0 },
    ]);
  });

  it('counts the cells it holds and forgets them when cleared', () => {
    const rollup = new Rollup(graph);
    rollup.add(7, 1, '202506', 1);
    expect(rollup.cells).toBe(graph.slots[0].length + graph.slots[1].length);
    expect(rollup.periodIds()).toEqual(new Set(['202506']));
    rollup.clear();
    expect(rollup.cells).toBe(0);
    expect(rollup.rows()).toEqual([]);
  });
});
