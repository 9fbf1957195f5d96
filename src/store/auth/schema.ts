/** Row types for the auth tables (migrations 0002-auth.ts, 0008, 0009); merged into Database in schema.ts. */
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
  /** Where the daily digest is mailed (migration 0021); null: none. */
  email: string | null;
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
  // No CSRF token (0009): it is derived from the session id, which only the cookie holds.
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
  /** The known device (login_devices.id) the attempt came with; null when it came without one (0009). */
  deviceId: number | null;
  attemptedAt: string;
}

/** A browser that signed in successfully as the user: its device cookie (0009). */
export interface LoginDevicesTable {
  id: Generated<number>;
  userId: number;
  /** sha256 (hex) of the random device cookie; the cookie value itself is never stored. */
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
}

export interface AuthTables {
  users: UsersTable;
  userUnits: UserUnitsTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  apiTokenScopes: ApiTokenScopesTable;
  loginAttempts: LoginAttemptsTable;
  loginDevices: LoginDevicesTable;
}
