// The device's clock and time zone for pyminis/stdlib/datetime.py: CPython's naive datetimes
// (now(), today(), fromtimestamp(), timestamp()) use the machine's local time, as these do.
import {tuple} from '../org.transcrypt.__runtime__.js';

/** Milliseconds since the epoch, now. */
export function _pm_clock_now() {
    return Date.now();
}

/** (year, month, day, hour, minute, second) in local time of whole seconds since the epoch. */
export function _pm_clock_local(seconds) {
    const t = new Date(Number(seconds) * 1000);
    if (isNaN(t.getTime())) return null;  // beyond what Date holds: the caller raises
    return tuple([t.getFullYear(), t.getMonth() + 1, t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds()]);
}

/** Seconds since the epoch of a local time (its fields as given). */
export function _pm_clock_epoch(year, month, day, hour, minute, second) {
    const t = new Date(2000, 0, 1, 0, 0, 0, 0);
    t.setFullYear(year, month - 1, day);  // years below 100 as given (the constructor adds 1900)
    t.setHours(hour, minute, second, 0);
    return t.getTime() / 1000;
}
