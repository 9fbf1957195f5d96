/** Where evidence files are received and kept, for the HTTP upload (the store's file handling, named for the server). */
export { defaultEvidenceDir, defaultEvidenceMaxBytes, discardEvidenceFile, receiveEvidenceFile, type ReceivedFile } from '../../store/evidence/files.ts';
export { cleanFileName } from '../../store/evidence/input.ts';
export type { Evidence } from '../../store/evidence/repo.ts';
export { EVIDENCE_MEDIA_TYPES } from '../../store/evidence/sniff.ts';
