/** The typed failure of a collection write: what kind (invalid, forbidden, locked) and every problem found. */

export interface ItemProblem {
  /** 0-based position of the item in the batch. */
  index: number;
  /** dataElement | unit | period | value | comment | evidence */
  field: string;
  message: string;
  /** The validation rule that failed, when one did. */
  rule?: string;
  severity?: 'error' | 'warning';
}

export type RecordFailure = 'invalid' | 'forbidden' | 'locked';

export class RecordValuesError extends Error {
  constructor(
    readonly kind: RecordFailure,
    readonly problems: ItemProblem[],
  ) {
    const title = {
      invalid: 'Số liệu không hợp lệ, không ghi gì / invalid values, nothing written',
      forbidden: 'Không có quyền ghi một số số liệu, không ghi gì / not allowed to write some values, nothing written',
      locked: 'Một số số liệu đã bị khóa (đã gửi hoặc đã duyệt), không ghi gì / some values are locked, nothing written',
    }[kind];
    super(`${title} (${problems.length}):\n${problems.map((p) => `  values[${p.index}].${p.field}: ${p.message}`).join('\n')}`);
    this.name = 'RecordValuesError';
  }
}

/** Errors other than these (workflow, unknown dataset/unit) are thrown as CollectionError. */
export type CollectionErrorCode = 'NOT_FOUND' | 'UNIT_NOT_FOUND' | 'FORBIDDEN' | 'INVALID_TRANSITION' | 'CONFLICT' | 'VALIDATION_FAILED';

export class CollectionError extends Error {
  constructor(
    readonly code: CollectionErrorCode,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'CollectionError';
  }
}
