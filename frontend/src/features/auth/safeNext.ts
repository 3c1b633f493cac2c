// Where to go after signing in: the `next` a deep link asked for, only if it stays on this site.
// `next` comes from the address bar, so anyone can write it: a link to `/sign-in?next=//evil.example`
// must not turn our sign-in page into a way to send a reader elsewhere (an open redirect).

/** Longer than any page of ours needs; a longer `next` is someone's experiment. */
const maxLength = 2000;

// C0 controls and DEL: the URL parser drops tabs and newlines, so `/\t/evil.example` would become `//evil.example`.
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f]/;

/** True when `path` (decoded or not) has a shape a browser or router could read as another host. */
function looksOffSite(path: string): boolean {
  return !path.startsWith('/') || path.startsWith('//') || path.includes('\\') || controlCharacter.test(path);
}

/**
 * The same-origin path (with its query and fragment) `next` names, or null when it is missing or
 * could lead off the site: not a single leading `/`, a `\`, a control character, a scheme, or a
 * path that becomes one once decoded (a server or router that decodes `/%2F%2Fevil.example` sees
 * `//evil.example`).
 */
export function safeNextPath(next: string | null, origin: string): string | null {
  if (next === null || next.length > maxLength || looksOffSite(next)) {
    return null;
  }
  // Only the path is decoded: a query or fragment may carry encoded slashes of its own.
  const path = next.split(/[?#]/, 1)[0] ?? '';
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(path);
  } catch {
    // Malformed percent-encoding: nothing of ours links like that.
    return null;
  }
  if (looksOffSite(decodedPath)) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) {
    return null;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
