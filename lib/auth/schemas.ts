// Input schemas for signing in and managing users.
import { z } from "zod";
import { ROLES } from "./permissions";

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(200),
  next: z
    .string()
    .regex(/^\/(?!\/)[\w\-/?=&%.]*$/)
    .optional()
    .catch(undefined),
});

export const ZRole = z.enum(ROLES);
