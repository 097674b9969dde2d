/**
 * @module
 * The scene graph of a world: what a picture of Docker shows — images with their layers,
 * containers with their status and ports, networks with their endpoints and addresses, volumes
 * with their mounts, and the repositories pushed to registries — as plain nodes and edges with
 * stable ids. {@link sceneOf} derives it from the state; {@link diffScenes} says what changed, so
 * a visualization animates changes instead of redrawing. See docs/visualizing.md.
 */
import type { ContainerState, ContainerStatus, HealthStatus } from '../container/state.js';

/** What a node stands for. */
export type SceneNodeKind = 'image' | 'layer' | 'container' | 'network' | 'volume' | 'repository';

/** What every node has. */
interface NodeBase {
  /** Stable id, unique in the scene: `<host>/<kind>/<key>` (`registry/<hostname>/<repo>` for repositories). */
  readonly id: string;
  /** The host the object lives on (the registry's hostname for a repository). */
  readonly host: string;
  /** The name a Docker user knows it by (`web`, `nginx:latest`, `bridge`, `todo-db`, a short id). */
  readonly label: string;
}

/** An image of a host's image store (`docker images -a`). */
export interface ImageNode extends NodeBase {
  readonly kind: 'image';
  /** `sha256:…`. */
  readonly imageId: string;
  /** Familiar tags (`nginx:latest`, `localhost:5000/app:v1`), in the store's order. */
  readonly tags: readonly string[];
  /** Familiar digest references (`alpine@sha256:…`). */
  readonly digests: readonly string[];
  /** Sum of its layers' sizes, as `docker images` shows it. */
  readonly size: number;
  /** Creation time (epoch ms; 0 when unknown). */
  readonly created: number;
  /** Node ids of its layers, bottom first. */
  readonly layers: readonly string[];
  /** No tag and no digest (`<none>:<none>`). */
  readonly dangling: boolean;
  /** Untagged with child images: a classic build's intermediate step, hidden by `docker images`. */
  readonly intermediate: boolean;
  /** Number of containers created from it. */
  readonly containers: number;
}

/** A layer of a host's layer store, shared by every image whose chain holds it. */
export interface LayerNode extends NodeBase {
  readonly kind: 'layer';
  readonly chainId: string;
  readonly diffId: string;
  /** Uncompressed size in bytes. */
  readonly size: number;
  /** The layer below (node id), absent for a base layer. */
  readonly parent?: string;
  /** Number of images whose chain holds it. */
  readonly images: number;
}

/** A published (or only exposed) port of a container. */
export interface PortView {
  readonly containerPort: number;
  readonly protocol: 'tcp' | 'udp' | 'sctp';
  /** Host address of a published port (`0.0.0.0`, `::`, `127.0.0.1`). */
  readonly hostIp?: string;
  /** Host port of a published port. */
  readonly hostPort?: number;
}

/** A bind mount of a host path (volumes are edges to their nodes instead). */
export interface BindView {
  readonly source: string;
  readonly destination: string;
  readonly readOnly: boolean;
}

/** A container (`docker ps -a`). */
export interface ContainerNode extends NodeBase {
  readonly kind: 'container';
  readonly containerId: string;
  /** The name without its slash, as `docker ps` prints it. */
  readonly name: string;
  /** The image as the user named it (`Config.Image`). */
  readonly image: string;
  /** The lifecycle status: the colour of the container in most pictures. */
  readonly status: ContainerStatus;
  /** Health when the container has a healthcheck. */
  readonly health?: HealthStatus;
  readonly exitCode: number;
  readonly restartCount: number;
  /** The command `docker ps` shows, untruncated. */
  readonly command: string;
  /** Ports as `docker ps` lists them: published bindings, or exposed ports without a binding. */
  readonly ports: readonly PortView[];
  readonly binds: readonly BindView[];
  /** The wire `State` (for times: pass it to {@link containerStatusText} with the clock's now). */
  readonly state: ContainerState;
}

/** A network (`docker network ls`). */
export interface NetworkNode extends NodeBase {
  readonly kind: 'network';
  readonly networkId: string;
  readonly name: string;
  /** `bridge`, `host`, `null`. */
  readonly driver: string;
  /** First IPv4 subnet, if the network has addresses. */
  readonly subnet?: string;
  readonly gateway?: string;
  readonly internal: boolean;
  /** One of the networks every daemon has: `bridge`, `host`, `none`. */
  readonly predefined: boolean;
}

/** A volume (`docker volume ls`). */
export interface VolumeNode extends NodeBase {
  readonly kind: 'volume';
  readonly name: string;
  readonly driver: string;
  /** Created for one container (`-v /data`, an image `VOLUME`): `volume prune` removes it. */
  readonly anonymous: boolean;
  /** Containers referencing it, running or not. */
  readonly refs: number;
}

/** A repository a registry holds beyond Docker Hub's built-in catalogue (pushed or seeded). */
export interface RepositoryNode extends NodeBase {
  readonly kind: 'repository';
  /** Registry hostname (`docker.io`, `localhost:5000`). */
  readonly registry: string;
  /** Path in the registry (`myuser/app`). */
  readonly name: string;
  /** Tags, sorted. */
  readonly tags: readonly string[];
}

/** Any node of a scene. */
export type SceneNode = ImageNode | LayerNode | ContainerNode | NetworkNode | VolumeNode | RepositoryNode;

/**
 * What an edge means:
 * - `layer`: image → one of its layers (`index` from the bottom);
 * - `parent`: image → its local parent image (classic builds, commits);
 * - `shares`: image without a shown parent → the image it shares the most bottom layers with (`label` is how
 *   many: `3 layers`) — an image built or pulled FROM another shares that one's layers;
 * - `uses`: container → its image;
 * - `endpoint`: container → a network it is connected to (`label` is its IPv4 address when it has one);
 * - `mount`: container → a volume (`label` is the mount destination);
 * - `tagged`: image → a registry repository one of its references names.
 */
export type SceneEdgeKind = 'layer' | 'parent' | 'shares' | 'uses' | 'endpoint' | 'mount' | 'tagged';

/** A directed relation between two nodes of the scene. */
export interface SceneEdge {
  /** Stable id: `<kind>:<from>-><to>`. */
  readonly id: string;
  readonly kind: SceneEdgeKind;
  readonly from: string;
  readonly to: string;
  /** IP address (endpoint), destination (mount), tag (tagged), position (layer), count (shares). */
  readonly label?: string;
  /** False for an endpoint of a container that is not running, or a mount of a stopped container. */
  readonly active: boolean;
}

/** Everything a picture of the world shows, in a deterministic order. */
export interface Scene {
  /** Host names, in the world's order. */
  readonly hosts: readonly string[];
  /** Registries with stored repositories. */
  readonly registries: readonly string[];
  /** Nodes by host, then kind (images, layers, containers, networks, volumes), then creation order. */
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
}

/** The id of an edge. */
export function edgeId(kind: SceneEdgeKind, from: string, to: string): string {
  return `${kind}:${from}->${to}`;
}
