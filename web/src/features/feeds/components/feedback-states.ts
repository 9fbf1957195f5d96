/** The colours of a report's state on the map and its legend (overdue first: what a leader looks for). */
export const STATE_COLORS: Readonly<Record<string, string>> = {
  overdue: '#c62828',
  new: '#f59e0b',
  acknowledged: '#2563eb',
  in_progress: '#7c3aed',
  handled: '#15803d',
  rejected: '#6b7280',
};

export function colorOf(point: { state: string; overdue: boolean }): string {
  return point.overdue ? STATE_COLORS.overdue! : (STATE_COLORS[point.state] ?? '#6b7280');
}
