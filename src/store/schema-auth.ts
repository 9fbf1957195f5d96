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

/** Rebuilt by 0008-unit-scope-versions.ts: a scope names a unit version. */
export interface UserUnitsTable {
  userId: number;
  unitCode: string;
  /** The unit version (units.id) the scope names; null grants nothing (a migrated code no unit had). */
  unitId: number | null;
  /** How migration 0008 resolved a stored code (null for scopes granted since), for an admin's review. */
  resolution: string | null;
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
  /** Unit scopes: the unit version (units.id) named, as in UserUnitsTable (0008); null for element scopes. */
  unitId: number | null;
  /** How migration 0008 resolved a stored unit code; null otherwise. */
  resolution: string | null;
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
