// Exception classes Transcrypt lacks; unknown names pass through as JS globals.
import {__class__, Exception} from '../org.transcrypt.__runtime__.js';

// Raised with the message only (Exception's own constructor records the JS stack).
export const ZeroDivisionError = __class__('ZeroDivisionError', [Exception], {__module__: 'builtins'});
export const RuntimeError = __class__('RuntimeError', [Exception], {__module__: 'builtins'});
export const OverflowError = __class__('OverflowError', [Exception], {__module__: 'builtins'});
export const LookupError = Exception;
export const ArithmeticError = Exception;
