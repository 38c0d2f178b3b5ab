import { describe, expect, it } from 'vitest';
import { registrableDomain, trustedMediaUrl } from '../../../src/ringcentral/media-origin.js';

const trusts = (contentUri: string, server: string) => trustedMediaUrl(contentUri, new URL(server))?.href;

describe('where the token may follow a contentUri', () => {
  it.each([
    ['https://media.ringcentral.com/restapi/v1.0/account/1/recording/2/content', 'https://platform.ringcentral.com'],
    [
      'https://media.devtest.ringcentral.com/restapi/v1.0/account/1/recording/2/content',
      'https://platform.devtest.ringcentral.com',
    ],
    ['https://platform.ringcentral.com:8443/x', 'https://platform.ringcentral.com'],
    ['https://ringcentral.com/x', 'https://platform.ringcentral.com'],
    ['https://MEDIA.RingCentral.com./x', 'https://platform.ringcentral.com'],
    ['https://media.example.co.uk/x', 'https://platform.example.co.uk'],
    ['http://127.0.0.1:43122/x', 'http://127.0.0.1:43121'],
    ['http://[::1]:2/x', 'http://[::1]:1'],
    ['http://localhost:2/x', 'http://localhost:1'],
  ])('%s, from %s: trusted, exactly as given', (contentUri, server) => {
    expect(trusts(contentUri, server)).toBe(new URL(contentUri).href);
  });

  it.each([
    ['http://media.ringcentral.com/x', 'https://platform.ringcentral.com', 'plain http from an https server'],
    ['https://media.evil.example/x', 'https://platform.ringcentral.com', 'another domain'],
    ['https://platform.ringcentral.com.evil.example/x', 'https://platform.ringcentral.com', 'a lookalike suffix'],
    ['https://evilringcentral.com/x', 'https://platform.ringcentral.com', 'a lookalike name'],
    ['https://user:pass@media.ringcentral.com/x', 'https://platform.ringcentral.com', 'credentials in the URL'],
    ['https://other.co.uk/x', 'https://platform.example.co.uk', 'a sibling under a public suffix'],
    ['http://127.0.0.2:1/x', 'http://127.0.0.1:1', 'another IP address'],
    ['http://localhost:1/x', 'http://127.0.0.1:1', 'a name for an IP server'],
    ['http://127.0.0.1:1/x', 'http://localhost:1', 'an IP for a one-label server'],
    ['http://other:1/x', 'http://localhost:1', 'another one-label name'],
    ['/restapi/v1.0/account/1/recording/2/content', 'https://platform.ringcentral.com', 'a relative path'],
    ['not a url', 'https://platform.ringcentral.com', 'nonsense'],
  ])('%s, from %s: refused (%s)', (contentUri, server) => {
    expect(trusts(contentUri, server)).toBeUndefined();
  });

  it('reads the registrable domain as the last two labels, three under co.uk and the like', () => {
    expect(registrableDomain('platform.devtest.ringcentral.com')).toBe('ringcentral.com');
    expect(registrableDomain('media.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('co.uk')).toBeUndefined();
    expect(registrableDomain('localhost')).toBeUndefined();
  });
});
