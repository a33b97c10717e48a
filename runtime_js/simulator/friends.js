/**
 * The simulator's fake friends: what the open data domain's getFriendCloudStorage returns.
 *
 * Edited as text, one friend a line: a name, then the friend's cloud storage as key=value
 * pairs (`Ann highScore=12`). The game's window gets them in `TTMinis.__state.friends` before
 * it runs (the open data host reads them when the domain starts); an edit reaches a running
 * domain through `TTMinis.__openData.setFriends`.
 */

/** pyminis' templates and examples rank by `highScore`; any other key works the same way. */
export const DEFAULT_FRIENDS = 'Ann highScore=12\nBob highScore=7\nChloe highScore=3';

/**
 * Friends in 004's shape from the editor's text; open_ids are made from the line and name.
 * @param {string} text
 * @returns {Array<{display_name: string, open_id: string, data: Array<{key: string, value: string}>}>}
 */
export function parseFriends(text) {
  const friends = [];
  for (const line of String(text).split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const name = words.filter((w) => !w.includes('=')).join(' ');
    const data = words.filter((w) => w.includes('=')).map((w) => {
      const at = w.indexOf('=');
      return { key: w.slice(0, at), value: w.slice(at + 1) };
    }).filter((kv) => kv.key);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'friend';
    friends.push({ display_name: name, open_id: `sim-${friends.length + 1}-${slug}`, data });
  }
  return friends;
}

/**
 * Give a game's window the friends, before it runs or while it runs.
 * @param {Window} win  The game's window (same origin).
 * @param {string} text  The editor's text.
 */
export function giveFriends(win, text) {
  const sdk = win?.TTMinis;
  if (!sdk) return;
  // Plain objects of the game's realm, as attach.js gives everything it hands the game.
  const friends = win.JSON.parse(JSON.stringify(parseFriends(text)));
  if (sdk.__state) sdk.__state.friends = friends;
  sdk.__openData?.setFriends(friends); // a domain already running
}
