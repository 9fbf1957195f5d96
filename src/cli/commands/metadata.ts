export async function metadataExportCommand(_file: string, _opts: { db?: string }): Promise<void> {
  throw new Error('metadata export: not implemented yet');
}
export async function metadataImportCommand(_file: string, _opts: { db?: string }): Promise<void> {
  throw new Error('metadata import: not implemented yet');
}
