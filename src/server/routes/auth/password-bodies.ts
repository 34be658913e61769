/**
 * The request bodies that carry a new password, as the contracts shape them (src/contracts), with
 * the server's further check: a password on the list of common passwords is refused.
 */
import { changePasswordBody, registerBody, resetBody } from '../../../contracts/auth.ts';
import { newPasswordSchema } from '../../auth/passwords.ts';

export const registerWithPassword = registerBody.extend({ password: newPasswordSchema });
export const resetWithPassword = resetBody.extend({ password: newPasswordSchema });
export const changeWithPassword = changePasswordBody.extend({ newPassword: newPasswordSchema });
