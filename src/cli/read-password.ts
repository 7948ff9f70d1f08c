import { CliError } from './cli-error.js';

/** Reads all of stdin; a single trailing line break is dropped (as `echo` adds one). */
export async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks for a password on the terminal without echoing it. */
export function promptPassword(question: string): Promise<string> {
  const { stdin, stderr } = process;
  if (!stdin.isTTY) throw new CliError('no terminal to ask for the password: use --password-stdin');
  return new Promise((resolve, reject) => {
    let password = '';
    stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(password);
    };
    const onData = (input: string) => {
      for (const char of input) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new CliError('cancelled', 130));
        if (char === '\u007f' || char === '\b') password = password.slice(0, -1);
        else password += char;
      }
    };
    stdin.on('data', onData);
  });
}
