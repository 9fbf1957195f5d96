/** Why a score run could not be computed, published or read; the server maps `kind` to its error codes. */
export type ScoreRunErrorKind = 'framework_not_found' | 'edition_not_found' | 'run_not_found' | 'not_draft' | 'invalid_input' | 'conflict';

export class ScoreRunError extends Error {
  constructor(
    readonly kind: ScoreRunErrorKind,
    message: string,
    /** The field or thing the error is about ('period', 'units', a component code). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ScoreRunError';
  }
}
