export async function unitsLoadCommand(_opts: { db?: string }): Promise<void> {
  throw new Error('units load: not implemented yet');
}
