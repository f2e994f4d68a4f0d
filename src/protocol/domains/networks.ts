import { z } from 'zod';
import { message } from '../contract.ts';
import type { ChainStatus, NetworksState, NetworkView } from './chain-values.ts';

const networkId = z.string().min(1).max(64);
/** Shape only; the background checks the scheme (ws:// or wss://) and says why a URL is refused. */
const endpoint = z.string().trim().min(1).max(512);

export const networksMessages = {
  'pri(networks.get)': message<NetworksState>()(() => z.null()),
  'pri(networks.subscribe)': message<NetworksState, NetworksState>()(() => z.null()),
  'pri(networks.select)': message<NetworksState>()(() => z.object({ id: networkId }).strict()),
  'pri(networks.addCustom)': message<NetworkView>()(() =>
    z.object({ name: z.string().trim().min(1).max(64), url: endpoint }).strict(),
  ),
  'pri(networks.removeCustom)': message<NetworksState>()(() => z.object({ id: networkId }).strict()),
  'pri(networks.status)': message<ChainStatus, ChainStatus>()(() => z.null()),
};
