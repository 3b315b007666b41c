import type { components } from '@/api/schema';

type S = components['schemas'];

export type Round = S['RoundRead'];
export type RoundMoment = S['RoundMoment'];
export type AnonymityMode = S['AnonymityMode'];
export type RoundState = Round['state'];
export type Completion = Round['completion'];
export type Invitation = S['InvitationRead'];
export type InvitationStatus = Invitation['status'];
export type StaffResponse = S['ResponseRead'];
export interface ProposedRound { moment: RoundMoment; opensAt: string; closesAt: string }
export interface RoundUpdate { title?: string; opensAt?: string; closesAt?: string; message?: string }

/** One link of the invitations just made, as the mail-merge CSV lists it. */
export interface InvitationLink { employeeNumber: string; name: string; email: string; link: string }
/** The invitations just made: the CSV as the server wrote it (to download) and its rows (to show once). */
export interface MadeInvitations { csv: Blob; links: InvitationLink[] }

export interface RoundListParams { cohortId?: string; sessionId?: string }
