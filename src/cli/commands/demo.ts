export async function demoCommand(_opts: { db?: string }): Promise<void> {
  throw new Error('demo: not implemented yet');
}
