import { ProtocolError } from '../../../protocol/errors.ts';
import type { PubTable } from '../../router/types.ts';

export const dappHandlers: PubTable = {
  // No site is authorised yet: the answer is the same for every origin, so it reveals nothing.
  'pub(dapp.enable)': async () => {
    throw new ProtocolError('unauthorised', 'TaoVault has not authorised this site.');
  },
};
