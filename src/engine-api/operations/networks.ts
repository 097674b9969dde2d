/**
 * @module
 * The network and volume operations (moby `router/network`, `router/volume`) and `GET /system/df`:
 * list with filters, inspect, create (201), remove (204), connect and disconnect (200), prune.
 * `PUT /volumes/{name}` updates cluster volumes only, so without a swarm it is the daemon's 503.
 */
import type { NetworkConnectRequest, NetworkDisconnectRequest } from '../../network/service.js';
import type { NetworkCreateRequest } from '../../network/create.js';
import type { VolumeCreateRequest } from '../../volume/create.js';
import * as messages from '../../core/messages/index.js';
import { readJsonObject } from '../body.js';
import type { ApiContext } from '../context.js';
import type { OperationHandlers } from '../routes.js';
import { empty, json } from '../respond.js';

const id = (ctx: ApiContext): string => ctx.params['id'] ?? '';
const name = (ctx: ApiContext): string => ctx.params['name'] ?? '';

/** The network operations. */
export const networkHandlers: OperationHandlers = {
  NetworkList: async (ctx) => json(await ctx.docker.networkList({ filters: ctx.query.filters() })),
  NetworkInspect: async (ctx) => json(await ctx.docker.networkInspect(id(ctx))),
  NetworkCreate: async (ctx) => {
    const body = await readJsonObject(ctx.request, ctx.limits.json, 'network.CreateRequest');
    return json(await ctx.docker.networkCreate(body as unknown as NetworkCreateRequest), 201);
  },
  NetworkDelete: async (ctx) => {
    await ctx.docker.networkDelete(id(ctx));
    return empty();
  },
  NetworkConnect: async (ctx) => {
    const body = await readJsonObject(ctx.request, ctx.limits.json, 'network.ConnectOptions');
    await ctx.docker.networkConnect(id(ctx), body as unknown as NetworkConnectRequest);
    return empty(200);
  },
  NetworkDisconnect: async (ctx) => {
    const body = await readJsonObject(ctx.request, ctx.limits.json, 'network.DisconnectOptions');
    await ctx.docker.networkDisconnect(id(ctx), body as unknown as NetworkDisconnectRequest);
    return empty(200);
  },
  NetworkPrune: async (ctx) => json(await ctx.docker.networkPrune({ filters: ctx.query.filters() })),
};

/** The volume operations and `system df`. */
export const volumeHandlers: OperationHandlers = {
  VolumeList: async (ctx) => json(await ctx.docker.volumeList({ filters: ctx.query.filters() })),
  VolumeCreate: async (ctx) => {
    const body = await readJsonObject(ctx.request, ctx.limits.json, 'volume.CreateOptions');
    return json(await ctx.docker.volumeCreate(body as VolumeCreateRequest), 201);
  },
  VolumeInspect: async (ctx) => json(await ctx.docker.volumeInspect(name(ctx))),
  VolumeUpdate: () => {
    throw messages.volumeUpdateNeedsSwarm();
  },
  VolumeDelete: async (ctx) => {
    await ctx.docker.volumeDelete(name(ctx), { force: ctx.query.bool('force') });
    return empty();
  },
  VolumePrune: async (ctx) => json(await ctx.docker.volumePrune({ filters: ctx.query.filters() })),
  SystemDataUsage: async (ctx) => json(await ctx.docker.systemDataUsage()),
};
