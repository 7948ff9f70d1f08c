import type { Command } from 'commander';
import { AppError } from '../errors.js';
import { createUser } from '../users/create-user.js';
import { findUsers } from '../users/find-users.js';
import { CliError } from './cli-error.js';
import { promptPassword, readPasswordFromStdin } from './read-password.js';
import { withDatabase } from './with-database.js';

/** Registers `user add` and `user list`. The password is never taken from an argument (it would show in `ps` and shell history). */
export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage editor and admin accounts');

  user
    .command('add')
    .description('create an account (password from --password-stdin or asked for on the terminal)')
    .requiredOption('--email <email>', 'email address (also the login name unless --username is given)')
    .requiredOption('--name <name>', 'display name')
    .option('--role <role>', 'editor or admin', 'editor')
    .option('--username <username>', 'login name (default: the email address)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (options: { email: string; name: string; role: string; username?: string; passwordStdin?: boolean }) => {
      if (options.role !== 'editor' && options.role !== 'admin') throw new CliError(`unknown role "${options.role}" (editor or admin)`);
      let password: string;
      if (options.passwordStdin) password = await readPasswordFromStdin();
      else {
        password = await promptPassword('Password: ');
        if ((await promptPassword('Repeat the password: ')) !== password) throw new CliError('the passwords differ');
      }
      await withDatabase(async (db) => {
        try {
          const created = await createUser(db, { email: options.email, name: options.name, role: options.role as 'editor' | 'admin', username: options.username, password, actingUserId: null });
          process.stdout.write(`created ${created.role} ${created.email} (id ${created.id})\n`);
        } catch (error) {
          if (error instanceof AppError && error.status < 500) throw new CliError([error.message, ...error.details].join('\n  '));
          throw error;
        }
      });
    });

  user
    .command('list')
    .description('list accounts')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async (db) => {
        const users = await findUsers(db);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
          return;
        }
        for (const row of users) {
          process.stdout.write(`${String(row.id).padStart(4)}  ${row.role.padEnd(6)}  ${row.email}  ${row.name}${row.disabledAt ? '  (disabled)' : ''}\n`);
        }
        if (users.length === 0) process.stdout.write('no accounts yet: npm run --silent cli -- user add --email ... --name ... --role admin\n');
      });
    });
}
