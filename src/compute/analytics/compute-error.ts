/** A compute request that cannot be answered: an unknown indicator, unit or plan (the server maps kinds to 404). */
export class ComputeError extends Error {
  constructor(
    readonly kind: 'unknown_indicator' | 'unknown_unit' | 'unknown_plan',
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ComputeError';
  }
}
