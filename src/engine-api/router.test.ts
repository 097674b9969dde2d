import { describe, expect, it } from 'vitest';
import { compileRoute, decodePath, indexRoutes, matchRoute, splitVersion } from './router.js';

const routes = indexRoutes([
  compileRoute('GET', '/containers/json', 'ContainerList'),
  compileRoute('GET', '/containers/{id}/json', 'ContainerInspect'),
  compileRoute('DELETE', '/containers/{id}', 'ContainerDelete'),
  compileRoute('POST', '/containers/prune', 'ContainerPrune'),
  compileRoute('POST', '/containers/{id}/start', 'ContainerStart'),
  compileRoute('GET', '/images/{name}/json', 'ImageInspect'),
  compileRoute('GET', '/images/get', 'ImageGetAll'),
  compileRoute('GET', '/images/{name}/get', 'ImageGet'),
  compileRoute('POST', '/images/{name}/push', 'ImagePush'),
  compileRoute('DELETE', '/images/{name}', 'ImageDelete'),
  compileRoute('OPTIONS', '/{anyroute:.*}', 'Options'),
]);

describe('routing', () => {
  it.each([
    ['GET', '/containers/json', 'ContainerList', {}],
    ['GET', '/containers/web/json', 'ContainerInspect', { id: 'web' }],
    ['POST', '/containers/prune', 'ContainerPrune', {}],
    ['POST', '/containers/64f057deb361/start', 'ContainerStart', { id: '64f057deb361' }],
    ['DELETE', '/containers/json', 'ContainerDelete', { id: 'json' }],
    ['GET', '/images/alpine/json', 'ImageInspect', { name: 'alpine' }],
    ['GET', '/images/localhost:5000/myuser/app:v1/json', 'ImageInspect', { name: 'localhost:5000/myuser/app:v1' }],
    ['POST', '/images/docker.io/myuser/myimg/push', 'ImagePush', { name: 'docker.io/myuser/myimg' }],
    ['DELETE', '/images/myuser/myimg:v1', 'ImageDelete', { name: 'myuser/myimg:v1' }],
    ['GET', '/images/get', 'ImageGetAll', {}],
    ['GET', '/images/busybox/get', 'ImageGet', { name: 'busybox' }],
    ['OPTIONS', '/', 'Options', { anyroute: '' }],
  ])('%s %s → %s', (method, path, route, params) => {
    expect(matchRoute(routes, method, path)).toEqual({ route, params });
  });

  it.each([
    ['POST', '/containers/json'],
    ['HEAD', '/containers/json'],
    ['GET', '/containers//json/x'],
    ['GET', '/nope'],
  ])('%s %s matches nothing', (method, path) => {
    expect(matchRoute(routes, method, path)).toBeUndefined();
  });

  it('splits the version prefix the way moby matches /v{version:[0-9.]+}', () => {
    expect(splitVersion('/v1.50/containers/json')).toEqual({ version: '1.50', path: '/containers/json' });
    expect(splitVersion('/v1.24/_ping')).toEqual({ version: '1.24', path: '/_ping' });
    expect(splitVersion('/containers/json')).toEqual({ version: undefined, path: '/containers/json' });
    expect(splitVersion('/vx/containers/json')).toEqual({ version: undefined, path: '/vx/containers/json' });
  });

  it('decodes percent-escapes as Go does, keeping what cannot be decoded', () => {
    expect(decodePath('/images/localhost%3A5000%2Fapp/json')).toBe('/images/localhost:5000/app/json');
    expect(decodePath('/images/%E0%A4%A/json')).toBe('/images/%E0%A4%A/json');
  });
});
