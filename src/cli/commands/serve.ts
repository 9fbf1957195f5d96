// Implemented by the server work: starts Fastify on --port with the store from --db.
export async function serveCommand(_opts: { port?: string; host?: string; db?: string; demo?: boolean }): Promise<void> {
  throw new Error('serve: not implemented yet');
}
