import type { PrivTable } from '../../router/types.ts';

type NetworksHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(networks.${string})`>>;

export const networksHandlers: NetworksHandlers = {
  'pri(networks.get)': async (_req, { services }) => services.chain.state(),
  'pri(networks.subscribe)': async (_req, { services, emit, onCancel }) => {
    const push = () => void services.chain.state().then(emit, () => undefined);
    onCancel(services.chain.onStatus(push));
    onCancel(services.chain.onBlock(push));
    return services.chain.state();
  },
  'pri(networks.select)': async ({ id }, { services }) => services.chain.select(id),
  'pri(networks.addCustom)': async ({ name, url }, { services }) => services.chain.addCustom(name, url),
  'pri(networks.removeCustom)': async ({ id }, { services }) => services.chain.removeCustom(id),
  'pri(networks.status)': async (_req, { services, emit, onCancel }) => {
    onCancel(services.chain.onStatus(emit));
    const session = await services.chain.session(await services.chain.selectedId());
    session.start();
    return session.status();
  },
};
