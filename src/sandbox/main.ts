// `npm run sandbox`: the RingCentral sandbox alone, for pointing other tools (or the bot) at it.
import { startSandbox } from './index.js';

const port = Number(process.env.SANDBOX_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`SANDBOX_PORT must be a port number (0-65535), got "${process.env.SANDBOX_PORT}"`);
  process.exit(1);
}

const sandbox = await startSandbox({ port });
const { clientId, clientSecret, jwt } = sandbox.credentials;
console.log(`RingCentral sandbox listening on ${sandbox.url} (recording content on ${sandbox.mediaUrl})`);
console.log(`  RC_SERVER_URL=${sandbox.url}`);
console.log(`  RC_CLIENT_ID=${clientId}`);
console.log(`  RC_CLIENT_SECRET=${clientSecret}`);
console.log(`  RC_JWT=${jwt}`);
console.log(
  `Usage: export the lines above and run the bot, or try: curl -u ${clientId}:${clientSecret} ` +
    `-d grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer -d assertion=$RC_JWT ${sandbox.url}/restapi/oauth/token`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
