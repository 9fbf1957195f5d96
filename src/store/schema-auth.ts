/** Row types for the auth tables (migration 0002-auth.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export interface UsersTable {
  id: Generated<number>;
  /** Lower-case login name. */
  username: string;
  /** One of domain/access.ts ROLES except 'api_client'. */
  role: string;
  displayName: string | null;
  /** Self-describing scrypt hash (domain/password.ts). */
  passwordHash: string;
  disabled: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface UserUnitsTable {
  userId: number;
  unitCode: string;
}

export interface SessionsTable {
  /** sha256 (hex) of the random session id the cookie carries; the id itself is never stored. */
  idHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  /** sha256 (hex) of the token; the token is shown once, at creation. */
  tokenHash: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface ApiTokenScopesTable {
  tokenId: number;
  /** 'unit' or 'element'. */
  kind: string;
  code: string;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  ip: string;
  attemptedAt: string;
}

export interface AuthTables {
  users: UsersTable;
  userUnits: UserUnitsTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  apiTokenScopes: ApiTokenScopesTable;
  loginAttempts: LoginAttemptsTable;
}
