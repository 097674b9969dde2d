/**
 * @module
 * The visualization model: a world's state as a scene graph (nodes, edges, labels, status), the
 * difference between two scenes, and a live watch over a world's commits. Browser-safe and pure;
 * the playground draws it, and so can any picture of your own (docs/visualizing.md).
 */
export type { Scene, SceneNode, SceneNodeKind, SceneEdge, SceneEdgeKind, ImageNode, LayerNode, ContainerNode, NetworkNode, VolumeNode, RepositoryNode, PortView, BindView } from './scene.js';
export { edgeId } from './scene.js';
export { sceneOf, type SceneOptions } from './scene-of.js';
export { diffScenes, isEmptyDiff, type SceneDiff, type NodeChange, type EdgeChange } from './diff.js';
export { watchScene, sameVisibleState, type SceneSource, type SceneUpdate, type WatchSceneOptions, type SceneWatch } from './watch.js';
export { imageNodeId, layerNodeId } from './images.js';
export { containerNodeId } from './containers.js';
export { networkNodeId } from './networks.js';
export { volumeNodeId } from './volumes.js';
export { repositoryNodeId } from './registries.js';
/** The STATUS text `docker ps` shows for a container's `state` at virtual time `now` ("Up 2 minutes", "Exited (0) 3 seconds ago"). */
export { statusText as containerStatusText } from '../container/status-text.js';
