/**
 * Preloaded (node --require) into the API and worker that scripts/start.js runs. They run in their
 * own process groups, so when the supervisor is killed outright (SIGKILL, a crash) nothing would stop
 * them; this turns the loss of the parent into their normal graceful SIGTERM shutdown.
 */
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();
