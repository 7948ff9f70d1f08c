import request from 'supertest';
import type { Database } from '../../../src/db/open-database.js';
import type { UserRole } from '../../../src/generated/prisma/client.js';
import { createUser } from '../../../src/users/create-user.js';
import type { TestApp } from '../../setup/start-test-app.js';

/** Password of every test account. */
export const PASSWORD = 'correct horse battery';

/** Creates an account with {@link PASSWORD}. */
export async function addUser(db: Database, email: string, role: UserRole): Promise<{ id: number; email: string }> {
  const user = await createUser(db, { email, name: email.split('@')[0] ?? email, role, password: PASSWORD, actingUserId: null });
  return { id: user.id, email: user.email };
}

/** The hidden CSRF field's value in a page. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF field in the page');
  return match[1];
}

/** A cookie-keeping agent plus the session's CSRF token. */
export interface Session {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  /** Fetches a page and refreshes `csrf` from it. */
  page(path: string): Promise<request.Response>;
}

/** An anonymous session that has a CSRF token (from the login page). */
export async function anonymous(testApp: TestApp): Promise<Session> {
  const agent = request.agent(testApp.app);
  const session: Session = {
    agent,
    csrf: '',
    async page(path) {
      const res = await agent.get(path);
      const match = /name="_csrf" value="([^"]+)"/.exec(res.text);
      if (match?.[1]) session.csrf = match[1];
      return res;
    },
  };
  await session.page('/login');
  return session;
}

/** A signed-in session for `email`. */
export async function signIn(testApp: TestApp, email: string): Promise<Session> {
  const session = await anonymous(testApp);
  await session.agent.post('/login').type('form').send({ _csrf: session.csrf, login: email, password: PASSWORD }).expect(303);
  await session.page('/review');
  return session;
}
