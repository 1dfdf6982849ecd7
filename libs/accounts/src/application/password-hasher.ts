import { hash, verify } from 'argon2';

/** argon2id with the library's defaults (OWASP's recommended parameters). */
export const passwordHasher = {
  hash: (password: string): Promise<string> => hash(password, { type: 2 }),
  verify: async (passwordHash: string, password: string): Promise<boolean> => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  },
};

/** A fixed hash to verify against when the user does not exist, so timing does not reveal accounts. */
export const UNKNOWN_USER_HASH = '$argon2id$v=19$m=65536,p=4,t=3$Lo2PDDitCuW6oM9lFSuK8g$Q90Fvnsa5U1y6PiP9pfjgNv91fGtXbB1oQc3isvADwE';
