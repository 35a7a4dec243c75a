import { z } from "zod";
import { MEMBER_ROLES } from "./organization";

export const LOCALES = ["zh-CN", "en"] as const;
/** A supported user-interface language. */
export type Locale = (typeof LOCALES)[number];

/** E-mail addresses are compared lower-cased. */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .email("is not a valid e-mail address");

/** Passwords: long enough to resist guessing, short enough to bound hashing cost. */
export const ZPassword = z
  .string()
  .min(10, "must be at least 10 characters")
  .max(200, "must be at most 200 characters");

/** Input to sign up; the organization is created separately or joined by invitation. */
export const ZSignUpInput = z.object({
  email: ZEmail,
  password: ZPassword,
  displayName: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(80, "must be at most 80 characters"),
  locale: z.enum(LOCALES).default("zh-CN"),
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

/** Input to log in. */
export const ZLogInInput = z.object({
  email: ZEmail,
  password: z.string().min(1, "must not be empty").max(200, "must be at most 200 characters"),
});

/** Input for an org admin inviting someone by e-mail. */
export const ZInviteMemberInput = z.object({
  email: ZEmail,
  role: z.enum(MEMBER_ROLES).default("member"),
});

/** How long a session lives from log-in (then the user logs in again), and how long an invitation stays valid. */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
export const INVITATION_TTL_MS = 14 * 24 * 3600 * 1000;
