import { metadataCurrent } from './devnet/chain/metadata-current.ts';
import { startDevnet } from './devnet/index.ts';
import { ApiPromise, WsProvider } from '@polkadot/api';
const f = metadataCurrent();
const d = await startDevnet({ port: 0, instant: true, metadata: f });
console.log(d.meta.specVersion);
const api = await ApiPromise.create({ provider: new WsProvider(d.url), noInitWarn: true });
console.log(
  api.runtimeVersion.specVersion.toNumber(),
  !!api.tx.subtensorModule.announceColdkeySwap,
  !!api.tx.subtensorModule.moveStakeLimit,
  !!api.tx.subtensorModule.setRootClaimType,
  !!api.query.subtensorModule.coldkeySwapAnnouncements,
);
console.log((await api.query.subtensorModule.coldkeySwapAnnouncementDelay()).toString());
await api.disconnect();
await d.stop();
