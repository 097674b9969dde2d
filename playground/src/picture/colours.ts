/**
 * @module
 * The picture's colours: one per container status (the colour users learn to read: green runs,
 * grey exited cleanly, red failed), and a stable hue per layer so a layer shared by two images
 * has the same colour in both.
 */
import type { ContainerNode } from 'dockersim';

/** The fill of a container, from its status, exit code and health. */
export function containerColour(node: Pick<ContainerNode, 'status' | 'exitCode' | 'health'>): string {
  switch (node.status) {
    case 'running':
      return node.health === 'unhealthy' ? '#d9822b' : '#2f9e44';
    case 'paused':
      return '#e0b100';
    case 'restarting':
      return '#f08c00';
    case 'created':
      return '#4c6ef5';
    case 'removing':
      return '#9c36b5';
    case 'dead':
      return '#862e2e';
    case 'exited':
      return node.exitCode === 0 ? '#868e96' : '#e03131';
  }
}

/** A stable colour for a layer (its ChainID's first bytes pick the hue). */
export function layerColour(chainId: string): string {
  const hex = chainId.slice(chainId.indexOf(':') + 1, chainId.indexOf(':') + 7);
  const n = Number.parseInt(hex || '0', 16);
  return `hsl(${n % 360}, 55%, ${52 + (n >> 9) % 16}%)`;
}
