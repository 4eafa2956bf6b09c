import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, t=2): OWASP's recommended minimum.
export const hashPassword = (password: string): Promise<string> => hash(password);
export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> => verify(passwordHash, password).catch(() => false);

// Verifying against a real hash when the account does not exist keeps timing uniform.
let dummy: Promise<string> | null = null;
export const burnPasswordCheck = async (password: string): Promise<void> => {
  dummy ??= hashPassword('pillars-timing-equaliser');
  await verifyPassword(await dummy, password);
};
