/**
 * Connect/disconnect churn on a user-defined network holding 5,000 endpoints, against the same
 * churn at 50 endpoints (issue 5): a running container is disconnected and connected again — the
 * address released and re-allocated (lowest free), DNS records removed and re-added, the network
 * slice committed through the store each time. The cost must not grow with the endpoint count.
 */
import { bench, describe } from 'vitest';
import { Store } from '../src/core/store.js';
import { connectContainer, disconnectContainer, type ConnectTarget } from '../src/network/connect.js';
import type { EndpointSettings } from '../src/network/endpoint-settings.js';
import { startNetworking } from '../src/network/sandbox.js';
import { writeNetworkSlice } from '../src/network/slice.js';
import type { NetworkSlice } from '../src/network/state.js';
import { cid, container, create, freshSlice, testEntropy } from '../test/helpers/network.js';

function churnSetup(endpoints: number) {
  const entropy = testEntropy(5);
  let slice = create(freshSlice(entropy), { Name: 'app' }, entropy).slice;
  const targets: ConnectTarget[] = [];
  for (let i = 0; i < endpoints; i++) {
    const c = container(cid(i), `c${i}`, { networkMode: 'app' });
    const started = startNetworking(slice, c, entropy);
    slice = started.slice;
    targets.push({ ...c, networks: started.state.Networks, running: true, removing: false });
  }
  const store = new Store<{ network: NetworkSlice }>({ network: slice });
  let i = 0;
  return () => {
    const k = (i++ * 7919) % endpoints;
    const target = targets[k]!;
    const off = disconnectContainer(store.state.network, target, 'app', false);
    store.commit((d) => writeNetworkSlice(d.network, off.slice));
    const on = connectContainer(store.state.network, { ...target, networks: off.networks as { [name: string]: EndpointSettings } }, 'app', null, entropy);
    store.commit((d) => writeNetworkSlice(d.network, on.slice));
    targets[k] = { ...target, networks: on.networks as { [name: string]: EndpointSettings } };
  };
}

describe('network connect/disconnect churn', () => {
  const at50 = churnSetup(50);
  const at5000 = churnSetup(5000);
  bench('churn @50 endpoints', at50, { time: 1500, warmupTime: 300 });
  bench('churn @5000 endpoints', at5000, { time: 1500, warmupTime: 300 });
});
