/**
 * Simulated phones: screen sizes, insets, and what the platform reports on each.
 *
 * Pure data and functions (no DOM), so the simulator page, the bridge and tests agree on
 * one answer for getSystemInfoSync and getMenuButtonBoundingClientRect.
 */

/**
 * @typedef {Object} Device
 * @property {string} id
 * @property {string} label
 * @property {number} width   CSS pixels, portrait.
 * @property {number} height  CSS pixels, portrait.
 * @property {number} pixelRatio
 * @property {'ios'|'android'} platform
 * @property {number} statusBar  Status bar height in portrait (the notch, where there is one).
 * @property {number} homeBar  Bottom inset in portrait (the home indicator), 0 without one.
 */

/** @type {Device[]} */
export const DEVICES = [
  { id: 'iphone-15', label: 'iPhone 15 (390×844)', width: 390, height: 844, pixelRatio: 3, platform: 'ios', statusBar: 47, homeBar: 34 },
  { id: 'iphone-se', label: 'iPhone SE (375×667)', width: 375, height: 667, pixelRatio: 2, platform: 'ios', statusBar: 20, homeBar: 0 },
  { id: 'iphone-15-pro-max', label: 'iPhone 15 Pro Max (430×932)', width: 430, height: 932, pixelRatio: 3, platform: 'ios', statusBar: 59, homeBar: 34 },
  { id: 'pixel-7', label: 'Pixel 7 (412×915)', width: 412, height: 915, pixelRatio: 2.625, platform: 'android', statusBar: 24, homeBar: 0 },
  { id: 'galaxy-a', label: 'Galaxy A series (360×800)', width: 360, height: 800, pixelRatio: 3, platform: 'android', statusBar: 24, homeBar: 0 },
  { id: 'ipad-mini', label: 'iPad mini (744×1133)', width: 744, height: 1133, pixelRatio: 2, platform: 'ios', statusBar: 24, homeBar: 20 },
];

/** TikTok's menu capsule ("···" and "✕"): its size and distance from the screen's edges. */
export const CAPSULE = { width: 86, height: 32, right: 8, belowStatusBar: 4, landscapeTop: 8 };

/** @param {string} id @returns {Device} */
export function deviceById(id) {
  return DEVICES.find((d) => d.id === id) || DEVICES[0];
}

/**
 * The screen as the game sees it in an orientation: size, status bar, safe area.
 * @param {Device} device
 * @param {'portrait'|'landscape'} orientation
 */
export function screenOf(device, orientation) {
  if (orientation === 'landscape') {
    // A landscape phone hides its status bar; a notch moves to the side.
    const side = device.homeBar > 0 ? device.statusBar : 0;
    const width = device.height;
    const height = device.width;
    return {
      width, height, statusBarHeight: 0,
      safeArea: { left: side, top: 0, right: width - side, bottom: height - (device.homeBar ? 21 : 0),
        width: width - 2 * side, height: height - (device.homeBar ? 21 : 0) },
    };
  }
  const { width, height } = device;
  return {
    width, height, statusBarHeight: device.statusBar,
    safeArea: { left: 0, top: device.statusBar, right: width, bottom: height - device.homeBar,
      width, height: height - device.statusBar - device.homeBar },
  };
}

/**
 * Where getMenuButtonBoundingClientRect says the capsule is, in the screen's CSS pixels.
 * @param {ReturnType<typeof screenOf>} screen
 */
export function menuButtonRect(screen) {
  const top = screen.statusBarHeight > 0 ? screen.statusBarHeight + CAPSULE.belowStatusBar : CAPSULE.landscapeTop;
  const right = screen.safeArea.right - CAPSULE.right;
  return { top, bottom: top + CAPSULE.height, left: right - CAPSULE.width, right,
    width: CAPSULE.width, height: CAPSULE.height };
}

/**
 * What getSystemInfoSync answers for these settings (the fields of native-runtime.md).
 * @param {Device} device
 * @param {{orientation: string, language: string, theme: string}} settings
 */
export function systemInfo(device, settings) {
  const screen = screenOf(device, settings.orientation === 'landscape' ? 'landscape' : 'portrait');
  return {
    brand: device.platform === 'ios' ? 'Apple' : 'Google',
    model: device.label.replace(/ \(.*\)$/, ''),
    screenWidth: screen.width,
    screenHeight: screen.height,
    windowWidth: screen.width,
    windowHeight: screen.height,
    pixelRatio: device.pixelRatio,
    devicePixelRatio: device.pixelRatio,
    platform: device.platform,
    language: settings.language,
    theme: settings.theme,
    statusBarHeight: screen.statusBarHeight,
    safeArea: screen.safeArea,
    SDKVersion: 'simulator',
  };
}
