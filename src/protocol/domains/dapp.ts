import { z } from 'zod';
import { message } from '../contract.ts';

/** What a page may ask before it is authorised. The origin never comes from here: the background takes it from the sender. */
export const dappMessages = {
  'pub(dapp.enable)': message<{ authorised: true }>()(
    z.object({ appName: z.string().trim().min(1).max(128) }).strict(),
  ),
};
