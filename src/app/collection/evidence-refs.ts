/**
 * A value's `evidence` is the id of an evidence record (POST /evidence) attached to the same unit and period,
 * and either to the value's element or to a dataset that contains the element. Checked for the references a
 * write gives or changes (a reference equal to the one stored for the value is not looked up again: it was
 * checked when it was written, or predates this rule), set-based: the batch's distinct ids in one query per
 * 1,000. Unknown ids and ids attached elsewhere get the same answer, so the check tells nobody what exists.
 */
import type { Kysely } from 'kysely';
import { evidenceAttachments, type EvidenceAttachment } from '../../store/evidence/repo.ts';
import type { Database } from '../../store/schema.ts';
import type { ItemProblem } from './errors.ts';
import type { CheckedItem } from './item-checks.ts';

/** Problems (field `evidence`) for the items whose reference is not evidence of their unit, period and element. */
export async function checkEvidenceRefs(db: Kysely<Database>, items: readonly CheckedItem[]): Promise<ItemProblem[]> {
  const referring = items.filter((c): c is CheckedItem & { evidence: string } => typeof c.evidence === 'string' && c.evidence !== '');
  if (referring.length === 0) return [];
  const found = await evidenceAttachments(
    db,
    referring.map((c) => c.evidence),
  );
  const problems: ItemProblem[] = [];
  for (const c of referring) {
    if (fits(found.get(c.evidence), c)) continue;
    problems.push({
      index: c.index,
      field: 'evidence',
      message:
        `không có minh chứng '${c.evidence.slice(0, 100)}' của đơn vị ${c.unit.code}, kỳ ${c.period} cho ${c.element.code} hoặc biểu mẫu chứa nó; tạo minh chứng trước (POST /evidence) rồi ghi mã của nó` +
        ` / no evidence with this id for this unit, period and element (or a dataset containing it); create it first (POST /evidence) and give its id`,
    });
  }
  return problems;
}

function fits(evidence: EvidenceAttachment | undefined, c: CheckedItem): boolean {
  if (!evidence || evidence.unit !== c.unit.code || evidence.period !== c.period) return false;
  return evidence.element !== null ? evidence.element === c.element.code : evidence.datasetElements.includes(c.element.code);
}
