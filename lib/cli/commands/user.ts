// `vigil user add`: creates a user with a role; prints a generated password unless one is given.
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { openCliDb } from "../open-db";
import { parseRole, ROLES } from "@/lib/auth/permissions";
import { createUserWithPassword, generatePassword } from "@/lib/auth/passwords";
import { z } from "zod";

const USAGE =
  "vigil user add --email EMAIL --role admin|editor|moderator [--name NAME] [--password-stdin]";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").trim();
}

export const command: TCommand = {
  name: "user",
  summary: "Manage users (user add)",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        "password-stdin": { type: "boolean" },
      },
    });
    if (positionals[0] !== "add") throw new UsageError(`expected "user add". Usage: ${USAGE}`);
    const email = z.string().trim().toLowerCase().email().safeParse(values.email);
    if (!email.success) throw new UsageError(`--email must be an email address. Usage: ${USAGE}`);
    const role = values.role ? parseRole(values.role) : null;
    if (!role)
      throw new UsageError(
        `--role must be one of ${ROLES.map((r) => r.toLowerCase()).join(", ")} (got "${values.role ?? ""}")`,
      );
    const password = values["password-stdin"] ? await readStdin() : generatePassword();
    if (password.length < 10) throw new UsageError("the password must be at least 10 characters");
    const db = await openCliDb();
    try {
      const name = values.name?.trim() || email.data.split("@")[0];
      await createUserWithPassword(db.prisma, { email: email.data, name, role, password });
      process.stdout.write(`created ${role.toLowerCase()} ${email.data}\n`);
      if (!values["password-stdin"])
        process.stdout.write(
          `password: ${password}\n(shown once; the user can be deactivated in Admin)\n`,
        );
      return 0;
    } finally {
      await db.close();
    }
  },
};
