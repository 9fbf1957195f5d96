/**
 * A citizen's photos of a report (at most 5), added with the report's secret: each file received into the
 * evidence store's folder, typed by its content (JPEG or PNG only, whatever its name says; the evidence store's
 * size limit), kept by its content hash, listed on the report and served to anyone once the report is public
 * (never while it awaits moderation or after it was removed). A refused file leaves nothing behind.
 */
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { appError } from '../../domain/errors.ts';
import { HIDDEN_STATES, type FeedbackState } from '../../domain/feedback.ts';
import { ValidationError } from '../../domain/metadata.ts';
import type { Store } from '../../store/db.ts';
import { discardEvidenceFile, evidenceFilePath, keepEvidenceFile, type ReceivedFile } from '../../store/evidence/files.ts';
import { sniffEvidenceType } from '../../store/evidence/sniff.ts';
import { feedbackByToken, feedbackPhotoIds, getFeedbackPhoto, insertFeedbackEvents, insertFeedbackPhoto } from '../../store/feedback/repo.ts';
import { inTransaction } from '../../store/transaction.ts';
import { hashToken } from './file-report.ts';

export const MAX_PHOTOS_PER_REPORT = 5;
const PHOTO_TYPES = ['jpg', 'png'];

export async function addFeedbackPhoto(
  store: Store,
  input: { token: string; file: ReceivedFile | null; fileName: string },
  dir: string,
  now: Date = new Date(),
): Promise<{ id: number; url: string }> {
  const { file } = input;
  try {
    if (!file) throw new ValidationError([{ path: 'file', message: 'cần một tệp ảnh (JPG, PNG) / a photo file is required' }]);
    const report = input.token ? await feedbackByToken(store.db, hashToken(input.token)) : null;
    if (!report || report.state === 'spam') throw appError('NOT_FOUND');
    const type = sniffEvidenceType(file.head, file.tail, input.fileName);
    if ('error' in type || !PHOTO_TYPES.includes(type.ext))
      throw new ValidationError([
        { path: 'file', message: `'${input.fileName}' không phải ảnh JPG hoặc PNG (xét theo nội dung tệp) / not a JPG or PNG photo` },
      ]);
    const id = await inTransaction(store.db, async (trx) => {
      const photos = (await feedbackPhotoIds(trx, [report.id])).get(report.id) ?? [];
      if (photos.length >= MAX_PHOTOS_PER_REPORT)
        throw new ValidationError([{ path: 'file', message: `tối đa ${MAX_PHOTOS_PER_REPORT} ảnh một phản ánh / at most ${MAX_PHOTOS_PER_REPORT} photos` }]);
      await keepEvidenceFile(dir, file); // content-addressed: kept before the row, so a listed photo always has its file
      const photo = await insertFeedbackPhoto(trx, {
        reportId: report.id,
        sha256: file.sha256,
        mediaType: type.mediaType,
        size: file.size,
        addedAt: now.toISOString(),
      });
      await insertFeedbackEvents(trx, [
        {
          reportId: report.id,
          action: 'photo',
          fromState: report.state,
          toState: report.state,
          fromUnit: report.unit,
          toUnit: report.unit,
          note: null,
          actor: 'công dân / citizen',
          at: now.toISOString(),
        },
      ]);
      return photo;
    });
    return { id, url: feedbackPhotoUrl(id) };
  } catch (error) {
    if (file) await discardEvidenceFile(file);
    throw error;
  }
}

export const feedbackPhotoUrl = (id: number) => `/api/v1/public/feedback/photos/${id}`;

/** A photo of a public report, opened for reading. */
export async function openFeedbackPhoto(store: Store, id: number, dir: string): Promise<{ mediaType: string; size: number; handle: FileHandle }> {
  const photo = await getFeedbackPhoto(store.db, id);
  if (!photo || HIDDEN_STATES.includes(photo.state as FeedbackState)) throw appError('NOT_FOUND');
  try {
    return { mediaType: photo.mediaType, size: Number(photo.size), handle: await open(evidenceFilePath(dir, photo.sha256)) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw appError('NOT_FOUND');
    throw error;
  }
}
