export default async function globalTeardown() {
  const child = globalThis.__PILLARS_EMBEDDED__;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
