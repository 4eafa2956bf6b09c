export default async function globalTeardown() {
  const embedded = globalThis.__PILLARS_PGLITE__;
  if (embedded) {
    await embedded.server.stop();
    await embedded.db.close();
  }
}
