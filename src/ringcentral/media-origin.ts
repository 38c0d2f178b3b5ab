// Which hosts the bearer token may follow a recording's `contentUri` to. RingCentral serves recording content from
// its media host (media.ringcentral.com beside platform.ringcentral.com), so the client must go where contentUri
// says, but a token sent to a host RingCentral does not own would be a token given away. The rule:
//  - the same scheme as the API server (an https server is never left for plain http), no user:password@ part;
//  - for an API server named by an IP address (or a one-label name such as localhost): that very host;
//  - otherwise a host of the same registrable domain: platform.ringcentral.com → media.ringcentral.com,
//    platform.devtest.ringcentral.com → media.devtest.ringcentral.com, but never ringcentral.com.evil.example.
// The port may differ. The registrable domain is the last two labels, or three under a two-letter country code
// whose second level is a generic one (co.uk, com.au), which covers every host RingCentral uses without shipping
// the public-suffix list.

const GENERIC_SECOND_LEVEL: ReadonlySet<string> = new Set(['ac', 'co', 'com', 'edu', 'gov', 'ne', 'net', 'or', 'org']);

/** `contentUri` as a URL the token may be sent to, or undefined when the rule above refuses it. */
export function trustedMediaUrl(contentUri: string, server: URL): URL | undefined {
  let url: URL;
  try {
    url = new URL(contentUri);
  } catch {
    return undefined;
  }
  if (url.protocol !== server.protocol || url.username !== '' || url.password !== '') return undefined;
  const host = hostnameOf(url);
  const serverHost = hostnameOf(server);
  if (host === serverHost) return url;
  if (isIpAddress(serverHost) || isIpAddress(host)) return undefined;
  const domain = registrableDomain(serverHost);
  return domain !== undefined && registrableDomain(host) === domain ? url : undefined;
}

function hostnameOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

function isIpAddress(host: string): boolean {
  return host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host);
}

/** The last two labels (three under co.uk and the like); undefined for a one-label name. */
export function registrableDomain(host: string): string | undefined {
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((label) => label === '')) return undefined;
  const [second, top] = labels.slice(-2) as [string, string];
  const take = top.length === 2 && GENERIC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.length < take ? undefined : labels.slice(-take).join('.');
}
