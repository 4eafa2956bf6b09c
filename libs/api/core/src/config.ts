/** Process configuration, read once from the environment. */
export interface AppConfig {
  databaseUrl: string;
  redisUrl: string | null;
  port: number;
  production: boolean;
  cookieSecure: boolean;
  dbPoolSize: number;
  /** How long a process may answer a session from memory: how late another process honours a revocation. */
  sessionCacheMs: number;
  webDist: string | null;
  /** Origins allowed for sockets and CORS; empty = same origin only. */
  allowedOrigins: string[];
  /**
   * Failed sign-ins allowed per window: for one account from one address (the strict limit), for
   * one account from all addresses (distributed guessing; addresses the person signed in from
   * before are exempt), and from one address over all accounts (spraying). Successes never count.
   */
  loginLimit: { perAccountIp: number; perAccount: number; perIp: number; windowSeconds: number };
  /** Teams one directory import may create; more is refused (a typo in a path column, usually). */
  importMaxNewTeams: number;
}
export const APP_CONFIG = Symbol('APP_CONFIG');

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  if (!env['DATABASE_URL']) throw new Error('DATABASE_URL is not set (npm start sets it to the embedded database)');
  const num = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
  return {
    databaseUrl: env['DATABASE_URL'],
    redisUrl: env['REDIS_URL'] || null,
    port: num('PORT', 3000),
    production: env['NODE_ENV'] === 'production',
    cookieSecure: env['COOKIE_SECURE'] === 'true',
    dbPoolSize: num('DB_POOL_SIZE', 10),
    sessionCacheMs: num('SESSION_CACHE_MS', 1000),
    webDist: env['WEB_DIST'] || null,
    allowedOrigins: (env['ALLOWED_ORIGINS'] ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    loginLimit: {
      perAccountIp: num('LOGIN_LIMIT_PER_ACCOUNT_IP', 5),
      perAccount: num('LOGIN_LIMIT_PER_ACCOUNT', 20),
      perIp: num('LOGIN_LIMIT_PER_IP', 50),
      windowSeconds: num('LOGIN_LIMIT_WINDOW_SECONDS', 900),
    },
    importMaxNewTeams: num('IMPORT_MAX_NEW_TEAMS', 200),
  };
}
