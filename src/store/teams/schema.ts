/** Row types for the community tech teams (migration 0023-community-teams.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export interface CommunityTeamsTable {
  id: Generated<number>;
  unitCode: string;
  /** domain/community-teams.ts TeamLevel */
  level: string;
  village: string | null;
  name: string;
  decisionNumber: string;
  decisionDate: string;
  decisionIssuer: string;
  dissolvedOn: string | null;
  simulated: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

/** Personal data (NĐ 13/2023/NĐ-CP): name and phone; read only through app/teams/members.ts, which audits the read. */
export interface CommunityTeamMembersTable {
  id: Generated<number>;
  teamId: number;
  name: string;
  /** domain/community-teams.ts MemberRole */
  role: string;
  phone: string | null;
  villageServed: string | null;
  joinedOn: string;
  leftOn: string | null;
}

export interface CommunityTeamActivitiesTable {
  id: Generated<number>;
  teamId: number;
  heldOn: string;
  title: string;
  peopleSupported: number;
}

export interface TeamTables {
  communityTeams: CommunityTeamsTable;
  communityTeamMembers: CommunityTeamMembersTable;
  communityTeamActivities: CommunityTeamActivitiesTable;
}
