/** Reads a password or secret from stdin (for `--password-stdin`): everything up to EOF, without the final newline. */
export async function readSecretFromStdin(stdin: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<string> {
  if (stdin.isTTY) console.error('Nhập mật khẩu rồi nhấn Ctrl+D / type the password, then Ctrl+D:');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
